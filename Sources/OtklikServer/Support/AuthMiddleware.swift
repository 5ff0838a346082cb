import Hummingbird
import OtklikStore

/// Resolves `Authorization: Bearer <token>` to a user; refuses the request without one.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = OtklikRequestContext
    let store: AppealStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw Problem.unauthorized()
        }
        let token = String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
        guard let user = try await store.user(tokenHash: TokenHash.of(token)) else {
            throw Problem.unauthorized("Токен недействителен или истёк; получите новый через POST /api/v1/auth/token")
        }
        var context = context
        context.user = user
        context.logger[metadataKey: "user"] = .string(user.login)
        return try await next(request, context)
    }
}
