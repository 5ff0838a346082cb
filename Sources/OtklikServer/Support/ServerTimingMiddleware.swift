import HTTPTypes
import Hummingbird

/// Adds `Server-Timing: app;dur=<ms>` to every response: the time the server spent producing it, so a
/// benchmark or the browser's developer tools see server time apart from the network.
struct ServerTimingMiddleware: RouterMiddleware {
    typealias Context = OtklikRequestContext
    static let header = HTTPField.Name("Server-Timing")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let clock = ContinuousClock()
        let start = clock.now
        var response = try await next(request, context)
        let elapsed = (clock.now - start).components
        let millis = Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15
        response.headers[Self.header] = "app;dur=" + String(format: "%.2f", millis)
        return response
    }
}
