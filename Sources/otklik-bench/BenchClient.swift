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

    /// Posts a JSON body and returns the status and the time it took.
    func post(_ path: String, body: ByteBuffer, on client: TestClient) async throws -> (HTTPResponse.Status, Duration) {
        let headers: HTTPFields = [.contentType: "application/json", .authorization: "Bearer \(token)"]
        let clock = ContinuousClock()
        let start = clock.now
        let response = try await client.post(path, headers: headers, body: body)
        return (response.status, clock.now - start)
    }
}
