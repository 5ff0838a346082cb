import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `POST /api/v1/auth/token`: a login and password for a bearer token.
struct AuthAPI {
    let store: AppealStore
    let tokenLifetime: TimeInterval

    struct Credentials: Decodable {
        var login: String
        var password: String
    }

    struct TokenResponse: Encodable {
        var token: String
        var expiresAt: Date
        var user: User
    }

    func register(on router: Router<OtklikRequestContext>) {
        router.post("/api/v1/auth/token") { request, context in try await token(request, context) }
    }

    func token(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let credentials = try await JSONBody.decode(Credentials.self, from: request, context: context)
        guard let user = try await Accounts.verify(login: credentials.login, password: credentials.password, in: store) else {
            throw Problem.unauthorized("Неверный логин или пароль")
        }
        let token = TokenHash.newToken()
        let expiresAt = Timestamp.now().addingTimeInterval(tokenLifetime)
        try await store.saveToken(hash: TokenHash.of(token), userId: user.id, expiresAt: expiresAt)
        context.logger.info("Token issued", metadata: ["login": .string(user.login)])
        return try JSONBody.response(TokenResponse(token: token, expiresAt: expiresAt, user: user))
    }
}
