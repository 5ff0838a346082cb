import Hummingbird
import OtklikStore

/// Resolves `Authorization: Bearer <token>` to a user; refuses the request without one.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = OtklikRequestContext
    let store: AppealStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // The scheme is case-insensitive (RFC 9110 §11.1); spaces around the token are let through. Split by hand:
        // Foundation's trimming took a third of this middleware's time.
        guard let header = request.headers[.authorization], header.prefix(7).lowercased() == "bearer " else {
            throw Problem.unauthorized()
        }
        let words = header.dropFirst(7).split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count == 1, let user = try await store.user(tokenHash: TokenHash.of(String(words[0]))) else {
            throw Problem.unauthorized("Токен недействителен или истёк; получите новый через POST /api/v1/auth/token")
        }
        var context = context
        context.user = user
        context.logger[metadataKey: "user"] = .string(user.login)
        return try await next(request, context)
    }
}
