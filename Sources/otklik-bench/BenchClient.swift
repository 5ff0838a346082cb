import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import OtklikCore

/// The load generator's side of the server under test: a login through Hummingbird's `TestClient`, then
/// keep-alive `RawHTTPConnection`s, one per concurrent worker.
struct BenchClient: Sendable {
    let host: String
    let port: Int
    let token: String

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func login(host: String, port: Int, login: String, password: String) async throws -> BenchClient {
        let body = try JSONSerialization.data(withJSONObject: ["login": login, "password": password])
        let response = try await TestClient.withClient(host: host, port: port) { client in
            try await client.post("/api/v1/auth/token", headers: [.contentType: "application/json"], body: ByteBuffer(bytes: body))
        }
        guard response.status == .ok, let buffer = response.body,
            let object = try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any],
            let token = object["token"] as? String
        else {
            throw Failure(description: "login as \(login) failed: HTTP \(response.status.code)")
        }
        return BenchClient(host: host, port: port, token: token)
    }

    /// Sends every body once to `path`, spread over `connections` keep-alive connections: the latencies of the
    /// acknowledged requests (200 or 201), the others counted by status, and the time it all took. Requests are
    /// composed before the clock starts and sent over `RawHTTPConnection`s, so the generator takes little of the
    /// CPU the server under test needs.
    func sendAll(
        _ path: String, bodies: [ByteBuffer], headers: HTTPFields, connections: Int
    ) async throws -> (latencies: [Duration], failures: [UInt16: Int], elapsed: Duration) {
        let fields = headers.map { ($0.name.rawName, $0.value) }
        let requests = bodies.map { RawHTTPConnection.request(path, host: "\(host):\(port)", headers: fields, body: $0) }
        let count = min(connections, requests.count)
        var opened: [RawHTTPConnection] = []
        do {
            for _ in 0..<count { opened.append(try await RawHTTPConnection.connect(host: host, port: port)) }
            return try await send(requests, over: opened)
        } catch {
            for connection in opened { await connection.close() }
            throw error
        }
    }

    private func send(
        _ requests: [ByteBuffer], over opened: [RawHTTPConnection]
    ) async throws -> (latencies: [Duration], failures: [UInt16: Int], elapsed: Duration) {
        let count = opened.count
        let clock = ContinuousClock()
        let start = clock.now
        let perConnection = try await withThrowingTaskGroup(of: ([Duration], [UInt16: Int]).self) { group in
            for (index, connection) in opened.enumerated() {
                group.addTask {
                    var latencies: [Duration] = []
                    var failures: [UInt16: Int] = [:]
                    for requestIndex in stride(from: index, to: requests.count, by: count) {
                        let sent = clock.now
                        let status = try await connection.send(requests[requestIndex])
                        if status == 201 || status == 200 { latencies.append(clock.now - sent) } else { failures[UInt16(status), default: 0] += 1 }
                    }
                    return (latencies, failures)
                }
            }
            do {
                return try await group.reduce(into: []) { $0.append($1) }
            } catch {
                // The other workers wait on answers that closing their connections fails at once.
                for connection in opened { await connection.close() }
                throw error
            }
        }
        let elapsed = clock.now - start
        for connection in opened { await connection.close() }
        let failures = perConnection.reduce(into: [UInt16: Int]()) { total, part in total.merge(part.1, uniquingKeysWith: +) }
        return (perConnection.flatMap(\.0), failures, elapsed)
    }

    /// The CPU seconds the server's process has used (`process_cpu_seconds_total` in its `/metrics`); nil from a
    /// server that does not give them.
    func serverCPUSeconds() async throws -> Double? {
        let response = try await TestClient.withClient(host: host, port: port) { client in try await client.get("/metrics") }
        guard response.status == .ok, let body = response.body else { return nil }
        let line = String(buffer: body).split(separator: "\n").first { $0.hasPrefix("process_cpu_seconds_total ") }
        return line.flatMap { Double($0.split(separator: " ")[1]) }
    }

    /// The headers of the API's JSON requests, with this client's token.
    var jsonHeaders: HTTPFields { [.contentType: "application/json", .authorization: "Bearer \(token)"] }
}
