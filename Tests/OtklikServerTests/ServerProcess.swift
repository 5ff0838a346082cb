import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import OtklikCore
import OtklikServer
import OtklikStore
import Testing

/// `otklik serve` as a separate process on a free port, for tests that must stop a real server
/// the hard way. The binary is the one `swift build --build-tests` put beside the test bundle.
final class ServerProcess: Sendable {
    let child: ChildProcess
    let port: Int

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static var binary: URL {
        get throws {
            let directory = Bundle.main.bundleURL.deletingLastPathComponent()
            for candidate in [directory, Bundle.main.bundleURL] {
                let url = candidate.appendingPathComponent("otklik")
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
            throw Failure(description: "no otklik binary beside \(Bundle.main.bundleURL.path): run swift build --build-tests first")
        }
    }

    /// Starts the server and waits for the line that gives its port.
    init(database: String, environment extra: [String: String] = [:]) async throws {
        var environment = ["OTKLIK_LOG_LEVEL": "warning"]
        // No structure model is trained in the background: with every suite running at once it would only slow the rest.
        environment["OTKLIK_RETRAIN_CHECK_SECONDS"] = "0"
        environment.merge(extra) { _, new in new }
        let lines = AsyncStream<String>.makeStream()
        let child = try await ChildProcess(
            try Self.binary.path, ["serve", "--port", "0", "--database", database], environment: environment,
            line: { lines.continuation.yield($0) }
        )
        self.child = child
        // The output ends (and the stream with it) when the server exits.
        Task {
            _ = try? await child.status
            lines.continuation.finish()
        }
        var seen = ""
        for await line in lines.stream {
            seen += line + "\n"
            if let range = line.range(of: #":(\d+)/health"#, options: .regularExpression),
                let port = Int(line[range].dropFirst().dropLast("/health".count))
            {
                self.port = port
                lines.continuation.finish()
                return
            }
        }
        throw Failure(description: "the server exited before listening: \(seen)")
    }

    static let operatorUser = User(id: "u-op", login: "operator", name: "Оператор", role: .operator)
    static let operatorPassword = "секретный-пароль"

    /// Opens the database the server will use and adds `operatorUser`; the caller adds the rest and closes it.
    static func prepare(_ database: String) async throws -> AppealStore {
        let store = try await AppealStore.open(try DatabaseURL(database))
        try await Accounts.add(operatorUser, password: operatorPassword, cost: 4, to: store)
        return store
    }

    /// A database with one municipality, the default rubricator, `operatorUser` and a letter taken in for each text:
    /// where the command-line tests start. The store is left open for the caller to close.
    static func regionWithLetters(_ database: String, _ texts: [String]) async throws -> (store: AppealStore, taken: [IntakeResult]) {
        let store = try await prepare(database)
        try await store.save(municipalities: [Municipality(oktmo: "60701000", name: "город Ростов-на-Дону")])
        try await store.save(rubricator: .default)
        let drafts = texts.map { AppealDraft(kind: .appeal, channel: .letter, text: $0, municipalityId: "60701000", topicId: "roads.repair") }
        return (store, try await store.intake(drafts, by: operatorUser))
    }

    /// Runs `otklik <arguments>` to its end: the exit status (nil when a signal ended it) and the output, errors
    /// included.
    static func command(_ arguments: [String]) async throws -> (status: Int32?, output: String) {
        let result = try await ChildProcess.run(try binary.path, arguments, mergingErrors: true)
        guard case .exited(let code) = result.status else { return (nil, result.output) }
        return (code, result.output)
    }

    /// A bearer token of `operatorUser` from the server on `port`.
    static func operatorToken(port: Int) async throws -> String {
        let response = try await withClient(port: port) { client in
            try await client.post(
                "/api/v1/auth/token", headers: [.contentType: "application/json"],
                body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: ["login": operatorUser.login, "password": operatorPassword]))
            )
        }
        let object = try JSONSerialization.jsonObject(with: Data(try #require(response.body).readableBytesView)) as? [String: Any]
        return try #require(object?["token"] as? String)
    }

    /// A client of the server on `port` that waits up to a minute for an answer: with every suite running
    /// at once on two cores, a PostgreSQL write may queue behind other suites' writes for seconds.
    static func withClient<Value: Sendable>(port: Int, _ operation: @escaping @Sendable (TestClient) async throws -> Value) async throws -> Value {
        try await TestClient.withClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(60)), operation: operation)
    }

    /// SIGKILL: no shutdown handler, no flush, nothing the server could still do.
    func kill() async {
        await child.kill()
    }
}
