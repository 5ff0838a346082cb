import Foundation
import HummingbirdTesting
import NIOCore
import Testing

/// A messenger's API stand-in (`Tests/Channels/channel_standin.py`) as a separate process on a free port: it
/// speaks the Telegram Bot API's, the VK API's or the Odnoklassniki Bot API's HTTP, or SMTP, and records every call.
final class ChannelStandIn: Sendable {
    enum Flavour: String {
        case telegram, vk, ok, smtp
    }

    let child: ChildProcess
    /// The HTTP port: the API, or the control of the SMTP flavour.
    let port: Int
    /// The SMTP flavour's mail port.
    let smtpPort: Int?
    static let token = "123456:TEST-token"

    init(_ flavour: Flavour) async throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Channels/channel_standin.py")
        let portFile = FileManager.default.temporaryDirectory.appendingPathComponent("channel-standin-\(UUID().uuidString).port")
        child = try await ChildProcess("/usr/bin/env", ["python3", script.path, flavour.rawValue, Self.token, portFile.path])
        // The stand-in writes its ports once it listens.
        var ports: [Int] = []
        for _ in 0..<100 where ports.isEmpty {
            ports = (try? String(contentsOf: portFile, encoding: .utf8))?.split(separator: " ").compactMap { Int($0) } ?? []
            if ports.isEmpty { try await Task.sleep(for: .milliseconds(100)) }
        }
        try? FileManager.default.removeItem(at: portFile)
        guard let port = ports.first else { throw ServerProcess.Failure(description: "the \(flavour) stand-in did not start in 10 s") }
        self.port = port
        smtpPort = ports.count > 1 ? ports[1] : nil
    }

    var url: String { "http://127.0.0.1:\(port)" }

    /// The calls recorded so far, oldest first.
    func recorded() async throws -> [[String: Any]] {
        let response = try await TestClient.withClient(host: "127.0.0.1", port: port) { client in try await client.get("/_recorded") }
        return try JSONSerialization.jsonObject(with: Data(try #require(response.body).readableBytesView)) as? [[String: Any]] ?? []
    }

    /// The bodies of the calls of one method that succeeded.
    func delivered(_ method: String) async throws -> [[String: Any]] {
        try await recorded().filter { $0["method"] as? String == method && $0["failed"] as? Bool == false }.compactMap { $0["body"] as? [String: Any] }
    }

    /// Waits up to `seconds` until `condition` holds of the successful calls of `method`.
    func await(_ method: String, seconds: Double = 20, until condition: ([[String: Any]]) -> Bool) async throws -> [[String: Any]] {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let calls = try await delivered(method)
            if condition(calls) || Date() > deadline { return calls }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// Serves `data` as a file: Telegram's `getFile` knows `id` and gives `path`, under `/file/bot<token>/`; VK's
    /// photos and documents are at `url(path)`.
    func serve(file id: String, path: String, data: Data) async throws {
        let body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: ["file_id": id, "path": path, "base64": data.base64EncodedString()]))
        _ = try await TestClient.withClient(host: "127.0.0.1", port: port) { client in try await client.post("/_files", body: body) }
    }

    func url(_ path: String) -> String { "\(url)/\(path)" }

    /// Makes the next `count` calls fail with `status` (Telegram: the HTTP status; VK and OK: the error code).
    func fail(_ count: Int, status: Int = 500) async throws {
        let body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: ["count": count, "status": status]))
        _ = try await TestClient.withClient(host: "127.0.0.1", port: port) { client in try await client.post("/_fail", body: body) }
    }
}
