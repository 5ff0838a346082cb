import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import OtklikCore
import OtklikServer
import OtklikStore
import OtklikTestSupport
import Testing

extension ChannelProcesses {
    @Suite("Odnoklassniki: the webhook's secret address, a message taken in once, the number sent back to the chat", .serialized)
    struct OKChannelTests {
        static let secret = "ok-webhook-secret-2026"

        /// A notification as the documentation shows it (`graph.user.subscribe`), with a message of our own.
        static func notification(mid: String, text: String) -> [String: Any] {
            [
                "sender": ["user_id": "user:123456789012"], "recipient": ["chat_id": "chat:C3ecb9d02a600"],
                "message": ["text": text, "seq": 98_211_023_614_189_660, "mid": mid] as [String: Any], "timestamp": 1_764_230_400_000,
            ]
        }

        static func send(_ port: Int, _ body: [String: Any], secret: String = secret) async throws -> HTTPResponse.Status {
            let data = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body))
            return try await ServerProcess.withClient(port: port) { client in
                try await client.post("/channels/ok/webhook/\(secret)", headers: [.contentType: "application/json"], body: data)
            }.status
        }

        @Test("a wrong address is refused; a message OK delivers twice is one item; a chat change is answered and left out; the number goes to the chat",
              arguments: TestDatabase.kinds)
        func conversation(kind: DatabaseKind) async throws {
            let database = TestDatabase.urlText(kind)
            try await TelegramChannelTests.prepare(database)
            let standIn = try await ChannelStandIn(.ok)
            let server = try await ServerProcess(
                database: database,
                environment: [
                    "OTKLIK_OK_TOKEN": ChannelStandIn.token, "OTKLIK_OK_SECRET": Self.secret, "OTKLIK_OK_API": standIn.url, "OTKLIK_OUTBOX_SECONDS": "0.2",
                    "OTKLIK_SCHEDULER_SECONDS": "0", "OTKLIK_RETRAIN_CHECK_SECONDS": "0", "OTKLIK_PUBLIC_URL": "https://cur.example.ru",
                ]
            )
            let message = Self.notification(mid: "mid:C3ecb9d02a600.15cea67d78d2059", text: "Не убирают снег у школы № 5")
            #expect(try await Self.send(server.port, message, secret: "wrong-secret-wrong-secret") == .unauthorized)
            #expect(try await Self.send(server.port, message) == .ok)
            #expect(try await Self.send(server.port, message) == .ok)
            let chatChange: [String: Any] = ["recipient": ["chat_id": "chat:C3ecb9d02a600"], "chat_control": ["title": "Новое название"], "timestamp": 1_764_230_500_000]
            #expect(try await Self.send(server.port, chatChange) == .ok)
            #expect(try await Self.send(server.port, ["timestamp": "вчера"]) == .badRequest)

            let token = try await ServerProcess.operatorToken(port: server.port)
            let items = try await TelegramChannelTests.appeals(server.port, token, channel: "ok")
            #expect(items.count == 1)
            let number = try #require(items.first?["number"] as? String)
            let sent = try await standIn.await("messages") { $0.count >= 1 }
            #expect(sent.count == 1)
            #expect(sent.first?["chat"] as? String == "chat:C3ecb9d02a600")
            #expect((sent.first?["recipient"] as? [String: Any])?["chat_id"] as? String == "chat:C3ecb9d02a600")
            #expect(((sent.first?["message"] as? [String: Any])?["text"] as? String)?.contains(number) == true)

            // OK has no rating buttons: the answer asks by a link to the item's page, where the author rates it.
            let id = try #require(items.first?["id"] as? String)
            let executor = try await TelegramChannelTests.token(server.port, "exec1")
            for (action, body, who) in [
                ("assign", ["bodyId": "b1", "topicId": "roads.winter", "municipalityId": "60701000"], token), ("accept", [:], executor),
                ("answer", ["text": "Снег убран 27 ноября."], executor), ("approve", [:], token),
            ] as [(String, [String: String], String)] {
                #expect(try await TelegramChannelTests.post(server.port, "/api/v1/appeals/\(id)/actions/\(action)", json: body, token: who).0 == .ok)
            }
            let answered = try await standIn.await("messages") { $0.count >= 2 }
            let text = try #require((answered.last?["message"] as? [String: Any])?["text"] as? String)
            #expect(text.contains("Снег убран 27 ноября."))
            let link = try #require(text.range(of: "Оцените его по ссылке: https://cur.example.ru").map { String(text[$0.upperBound...]) })
            let page = try await ServerProcess.withClient(port: server.port) { client in try await client.get(link) }
            #expect(page.status == .ok)
            #expect(String(buffer: try #require(page.body)).contains("Снег убран 27 ноября."))
            await server.kill()
        }
    }
}
