import Foundation
import Subprocess
import HTTPTypes
import HummingbirdTesting
import NIOCore
import OtklikCore
import OtklikServer
import OtklikStore
import OtklikTestSupport
import Synchronization
import Testing

@Suite("Durability: what the server acknowledged survives kill -9")
struct CrashDurabilityTests {
    @Test("every appeal answered 201 is in the database after the server is killed mid-load", arguments: TestDatabase.kinds)
    func acknowledgedAppealsSurviveKill(kind: DatabaseKind) async throws {
        let database = TestDatabase.urlText(kind)
        try await ServerProcess.prepare(database).close()

        let server = try await ServerProcess(database: database)
        let token = try await ServerProcess.operatorToken(port: server.port)
        let acknowledged = Acknowledged()
        // Eight connections post until 150 appeals are acknowledged; the one that sees the 150th kills the server
        // at once, with other requests still in flight.
        await withTaskGroup(of: Void.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    try? await TestClient.withClient(host: "127.0.0.1", port: server.port) { client in
                        for index in 0... {
                            let draft = AppealDraft(
                                kind: .message, channel: .api, externalId: "kill-\(worker)-\(index)", text: "Не убран снег во дворе, дом \(index)"
                            )
                            let response = try await client.post(
                                "/api/v1/appeals", headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                                body: ByteBuffer(bytes: try JSONCoding.encoder().encode(draft))
                            )
                            guard response.status == .created, let body = response.body,
                                let object = try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any],
                                let id = object["id"] as? String, let number = object["number"] as? String
                            else { return }
                            let count = acknowledged.ids.withLock { ids in
                                ids[id] = number
                                return ids.count
                            }
                            if count == 150 { await server.kill() }
                        }
                    }
                }
            }
        }
        // The server is killed once 150 appeals are acknowledged; without them it still runs, and nothing below applies.
        try #require(server.child.hasExited)
        #expect(try await server.child.status == .signaled(SIGKILL))

        let reopened = try await AppealStore.open(try DatabaseURL(database))
        let expected = acknowledged.ids.withLock { $0 }
        #expect(expected.count >= 150)
        for (id, number) in expected {
            let appeal = try await reopened.appeal(id: id, visibleTo: .all)
            #expect(appeal?.number == number, "appeal \(number) was acknowledged but is not in the database")
        }
        let chain = try await reopened.verifyChain()
        #expect(chain.firstBreak == nil)
        #expect(chain.eventsChecked >= Int64(expected.count))
        try await reopened.close()
    }

    /// Appeals the server answered 201 for: id → public number.
    final class Acknowledged: Sendable {
        let ids = Mutex<[String: String]>([:])
    }
}
