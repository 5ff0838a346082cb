import Hummingbird
import OtklikCore

/// Errors on the public pages become a Russian page with the way back, never a JSON problem or a bare status.
struct PublicPageErrors: RouterMiddleware {
    typealias Context = OtklikRequestContext
    let renderer: PageRenderer

    struct ErrorView {
        var title: String
        var detail: String?
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = ProblemMiddleware.problem(for: error, logger: context.logger)
            return renderer.html("public-error", ErrorView(title: problem.title, detail: problem.detail), status: problem.status)
        }
    }
}
