import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import OtklikCore

/// Keep-alive HTTP/1.1 connections to the server under test, one per concurrent worker.
/// Hummingbird's `TestClient` is a plain NIO HTTP/1.1 client over a real socket: no extra package to build.
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

    /// Opens `count` connections, runs `work(connectionIndex, client)` on each at once, closes them.
    func withConnections<T: Sendable>(
        _ count: Int, _ work: @escaping @Sendable (Int, TestClient) async throws -> T
    ) async throws -> [T] {
        try await withThrowingTaskGroup(of: T.self) { group in
            for index in 0..<count {
                group.addTask {
                    try await TestClient.withClient(host: host, port: port, configuration: .init(timeout: .seconds(120))) { client in
                        try await work(index, client)
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    /// Sends every body once to `path`, spread over `connections` keep-alive connections: the latencies of the
    /// acknowledged requests (200 or 201), the others counted by status, and the time it all took.
    func sendAll(
        _ path: String, bodies: [ByteBuffer], headers: HTTPFields, connections: Int
    ) async throws -> (latencies: [Duration], failures: [UInt16: Int], elapsed: Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let perConnection = try await withConnections(min(connections, bodies.count)) { index, connection in
            var latencies: [Duration] = []
            var failures: [UInt16: Int] = [:]
            for bodyIndex in stride(from: index, to: bodies.count, by: connections) {
                let (status, latency) = try await post(path, body: bodies[bodyIndex], headers: headers, on: connection)
                if status.code == 201 || status.code == 200 { latencies.append(latency) } else { failures[UInt16(status.code), default: 0] += 1 }
            }
            return (latencies, failures)
        }
        let failures = perConnection.reduce(into: [UInt16: Int]()) { total, part in total.merge(part.1, uniquingKeysWith: +) }
        return (perConnection.flatMap(\.0), failures, clock.now - start)
    }

    /// The headers of the API's JSON requests, with this client's token.
    var jsonHeaders: HTTPFields { [.contentType: "application/json", .authorization: "Bearer \(token)"] }

    /// Posts a JSON body and returns the status and the time it took.
    func post(_ path: String, body: ByteBuffer, on client: TestClient) async throws -> (HTTPResponse.Status, Duration) {
        try await post(path, body: body, headers: jsonHeaders, on: client)
    }

    /// Posts a body with the given headers (no login: the public side) and returns the status and the time it took.
    func post(_ path: String, body: ByteBuffer, headers: HTTPFields, on client: TestClient) async throws -> (HTTPResponse.Status, Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let response = try await client.post(path, headers: headers, body: body)
        return (response.status, clock.now - start)
    }
}
