import ArgumentParser
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

/// `otklik-bench inbox`: how long the workspace's inbox, its filters, the next page and a card take on a
/// running server, one request at a time: the server's own time (its `Server-Timing` header) and the time
/// the client saw, p50/p90/p99.
struct InboxBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inbox", abstract: "Measure the inbox page and its filters on a running server."
    )

    @Option(help: "Server address") var url = "http://127.0.0.1:8080"
    @Option(help: "Login of a centre user") var login = "operator"
    @Option(help: "Password of that user") var password = "otklik-operator"
    @Option(help: "Login of an executor, for a body's inbox") var executor = "exec-60701000-adm"
    @Option(help: "Requests per view") var requests = 200

    struct View {
        var name: String
        var path: String
        var session: String
    }

    func run() async throws {
        guard let address = URL(string: url), let host = address.host else { throw ValidationError("bad --url \(url)") }
        let port = address.port ?? 80
        let centre = try await BenchClient.login(host: host, port: port, login: login, password: password).token
        let body = try await BenchClient.login(host: host, port: port, login: executor, password: "otklik-" + executor).token
        let first = try await fetch("/", session: centre, host: host, port: port).html
        let next = Self.firstMatch(#"href="(/\?cursor=[^"]+)""#, in: first)?.replacingOccurrences(of: "&amp;", with: "&")
        let card = Self.firstMatch(#"href="(/appeals/[^"?]+)""#, in: first)
        var views = [
            View(name: "inbox, centre, newest first", path: "/", session: centre),
            View(name: "inbox, overdue", path: "/?overdue=true", session: centre),
            View(name: "inbox, new", path: "/?status=new,registered,returned", session: centre),
            View(name: "inbox, in work, one municipality", path: "/?status=in_progress&municipality=60701000", session: centre),
            View(name: "inbox, a body's executor", path: "/", session: body),
            View(name: "API list, 50 newest", path: "/api/v1/appeals?limit=50", session: centre),
            View(name: "inbox, text search «мусор»", path: "/?q=%D0%BC%D1%83%D1%81%D0%BE%D1%80", session: centre),
        ]
        if let next { views.insert(View(name: "inbox, next page", path: next, session: centre), at: 1) }
        if let card { views.append(View(name: "appeal card", path: card, session: centre)) }
        let measured = views
        print("Otklik inbox benchmark against \(url): \(requests) requests per view, one at a time")
        print("view".padding(toLength: 36, withPad: " ", startingAt: 0) + "server p50 / p90 / p99 ms     client p50 / p99 ms")
        try await TestClient.withClient(host: host, port: port, configuration: .init(timeout: .seconds(120))) { client in
            for view in measured {
                var server: [Duration] = []
                var seen: [Duration] = []
                for index in 0..<(requests + 5) {
                    let clock = ContinuousClock()
                    let start = clock.now
                    let headers: HTTPFields = view.path.hasPrefix("/api/")
                        ? [.authorization: "Bearer \(view.session)"] : [.cookie: "otklik_session=\(view.session)"]
                    let response = try await client.get(view.path, headers: headers)
                    guard response.status == .ok else { throw BenchClient.Failure(description: "\(view.path): HTTP \(response.status.code)") }
                    // The first requests warm the caches and are not counted.
                    guard index >= 5 else { continue }
                    seen.append(clock.now - start)
                    let timing = response.headers[HTTPField.Name("Server-Timing")!] ?? ""
                    server.append(.microseconds(Int64((Double(timing.split(separator: "=").last ?? "0") ?? 0) * 1000)))
                }
                let s = LatencySummary(server)
                let c = LatencySummary(seen)
                print(
                    view.name.padding(toLength: 36, withPad: " ", startingAt: 0)
                        + String(format: "%8.2f / %6.2f / %6.2f      %8.2f / %6.2f", s.percentile(50), s.percentile(90), s.percentile(99), c.percentile(50), c.percentile(99))
                )
            }
        }
    }

    private func fetch(_ path: String, session: String, host: String, port: Int) async throws -> (status: HTTPResponse.Status, html: String) {
        try await TestClient.withClient(host: host, port: port) { client in
            let response = try await client.get(path, headers: [.cookie: "otklik_session=\(session)"])
            return (response.status, response.body.map { String(buffer: $0) } ?? "")
        }
    }

    static func firstMatch(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range(at: 1), in: text)
        else { return nil }
        return String(text[range])
    }
}
