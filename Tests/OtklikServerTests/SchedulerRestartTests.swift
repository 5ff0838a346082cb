import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import OtklikCore
import OtklikServer
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("Term scheduler: alerts survive a restart and are never repeated")
struct SchedulerRestartTests {
    @Test("an escalation raised before a kill -9 is there after the restart, once", arguments: TestDatabase.kinds)
    func restartKeepsAlertsOnce(kind: DatabaseKind) async throws {
        let database = TestDatabase.urlText(kind)
        let setup = try await ServerProcess.prepare(database)
        var late = AppealDraft(kind: .appeal, channel: .letter, text: "Не вывозят мусор десять дней")
        late.receivedAt = Date().addingTimeInterval(-10 * 86_400)
        _ = try await setup.intake([late], by: ServerProcess.operatorUser)
        try await setup.close()

        let environment = ["OTKLIK_SCHEDULER_SECONDS": "0.2"]
        let first = try await ServerProcess(database: database, environment: environment)
        let before = try await Self.waitForAlerts(port: first.port)
        #expect(before.count == 1)
        await first.kill()

        let second = try await ServerProcess(database: database, environment: environment)
        try await Task.sleep(for: .seconds(1))  // five rounds of the scheduler
        let after = try await Self.alerts(port: second.port)
        #expect(after.map { $0["id"] as? String } == before.map { $0["id"] as? String })
        await second.kill()
    }

    static func alerts(port: Int) async throws -> [[String: Any]] {
        let token = try await ServerProcess.operatorToken(port: port)
        let response = try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
            try await client.get("/api/v1/notifications", headers: [.authorization: "Bearer \(token)"])
        }
        let object = try JSONSerialization.jsonObject(with: Data(try #require(response.body).readableBytesView)) as? [String: Any]
        return object?["items"] as? [[String: Any]] ?? []
    }

    /// Polls until the scheduler has raised something, for at most ten seconds.
    static func waitForAlerts(port: Int) async throws -> [[String: Any]] {
        for _ in 0..<50 {
            let items = try await alerts(port: port)
            if !items.isEmpty { return items }
            try await Task.sleep(for: .milliseconds(200))
        }
        return []
    }
}
