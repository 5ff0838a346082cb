import Hummingbird
import OtklikCore
import OtklikStore

/// Pages need a session: without a live one the browser goes to the login page and comes back after it.
/// Errors on pages become a Russian page, never a JSON problem or a bare status.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = OtklikRequestContext
    let store: AppealStore
    let renderer: PageRenderer

    struct ErrorView {
        var chrome: PageChrome?
        var title: String
        var detail: String?
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let token = request.cookies[WebSession.cookieName]?.value, !token.isEmpty,
            let user = try await store.user(tokenHash: TokenHash.of(token))
        else {
            let back = request.method == .get ? request.uri.description : "/"
            return .redirect(to: "/login?next=" + (back.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"), type: .found)
        }
        var context = context
        context.user = user
        context.sessionToken = token
        context.unreadAlerts = try await store.unreadNotificationCount(for: user)
        context.logger[metadataKey: "user"] = .string(user.login)
        do {
            return try await next(request, context)
        } catch {
            let problem = ProblemMiddleware.problem(for: error, logger: context.logger)
            let chrome = PageChrome(title: problem.title, user: user, csrf: WebSession.csrfToken(session: token), unreadAlerts: context.unreadAlerts)
            return renderer.html("error", ErrorView(chrome: chrome, title: problem.title, detail: problem.detail), status: problem.status)
        }
    }
}
