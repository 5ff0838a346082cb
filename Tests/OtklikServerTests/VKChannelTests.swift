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
    @Suite("VK Callback API: the handshake, the secret, messages and wall comments taken in once, answers sent back through the VK API", .serialized)
    struct VKChannelTests {
        static let group: Int64 = 72_641_161
        static let secret = "vk-callback-secret"
        static let confirmation = "a1b2c3d4"

        static func environment(_ standIn: ChannelStandIn) -> [String: String] {
            [
                "OTKLIK_VK_GROUP_ID": String(group), "OTKLIK_VK_CONFIRMATION": confirmation, "OTKLIK_VK_SECRET": secret,
                "OTKLIK_VK_TOKEN": ChannelStandIn.token, "OTKLIK_VK_API": standIn.url + "/method", "OTKLIK_OUTBOX_SECONDS": "0.2",
                "OTKLIK_SCHEDULER_SECONDS": "0", "OTKLIK_RETRAIN_CHECK_SECONDS": "0",
            ]
        }

        /// A callback as VK sends it (`callback_base` with `event_id`, `v`, `secret`; fields from vk-api-schema 5.199).
        static func event(_ type: String, id: String, object: [String: Any], secret: String = secret, group: Int64 = group) -> [String: Any] {
            ["type": type, "event_id": id, "v": "5.199", "group_id": group, "secret": secret, "object": object]
        }

        static func message(_ number: Int, text: String) -> [String: Any] {
            [
                "message": [
                    "id": 0, "date": Int(Date().timeIntervalSince1970), "peer_id": 310_426_396, "from_id": 310_426_396, "text": text,
                    "conversation_message_id": number, "out": 0, "version": 10_000 + number, "attachments": [] as [Any], "important": false,
                ] as [String: Any],
                "client_info": ["button_actions": ["text"], "keyboard": true, "inline_keyboard": true, "carousel": true, "lang_id": 0] as [String: Any],
            ]
        }

        static func send(_ port: Int, _ body: [String: Any]) async throws -> (HTTPResponse.Status, String) {
            let data = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body))
            let response = try await ServerProcess.withClient(port: port) { client in
                try await client.post("/channels/vk/callback", headers: [.contentType: "application/json"], body: data)
            }
            return (response.status, String(buffer: response.body ?? ByteBuffer()))
        }

        @Test("the handshake answers the confirmation string; a wrong secret or community is refused; a bad body is a 400", arguments: TestDatabase.kinds)
        func handshake(kind: DatabaseKind) async throws {
            let database = TestDatabase.urlText(kind)
            try await TelegramChannelTests.prepare(database)
            let standIn = try await ChannelStandIn(.vk)
            let server = try await ServerProcess(database: database, environment: Self.environment(standIn))
            let confirmation = try await Self.send(server.port, ["type": "confirmation", "group_id": Self.group, "secret": Self.secret])
            #expect(confirmation.0 == .ok)
            #expect(confirmation.1 == Self.confirmation)
            #expect(try await Self.send(server.port, Self.event("message_new", id: "e0", object: Self.message(1, text: "x"), secret: "wrong")).0 == .unauthorized)
            #expect(try await Self.send(server.port, Self.event("message_new", id: "e0", object: Self.message(1, text: "x"), group: 1)).0 == .forbidden)
            #expect(try await Self.send(server.port, ["type": "message_new"]).0 == .badRequest)
            let token = try await ServerProcess.operatorToken(port: server.port)
            #expect(try await TelegramChannelTests.appeals(server.port, token, channel: "vk").isEmpty)
            await server.kill()
        }

        @Test("a photo alone is an item whose largest size is fetched by its URL and kept; a download that may pass is a 503 and the repeated event takes nothing in twice",
              arguments: TestDatabase.kinds)
        func photos(kind: DatabaseKind) async throws {
            let database = TestDatabase.urlText(kind)
            try await TelegramChannelTests.prepare(database)
            let standIn = try await ChannelStandIn(.vk)
            let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE1]) + Data("Exif".utf8) + Data(repeating: 0x33, count: 3_000) + Data([0xFF, 0xD9])
            try await standIn.serve(file: "457239017", path: "impg/w.jpg", data: jpeg)
            var environment = Self.environment(standIn)
            // Sending off, so the stand-in sees only the download.
            environment["OTKLIK_OUTBOX_SECONDS"] = "0"
            let server = try await ServerProcess(database: database, environment: environment)
            var object = Self.message(16, text: "")
            var message = object["message"] as? [String: Any] ?? [:]
            message["attachments"] = [[
                "type": "photo",
                "photo": [
                    "id": 457_239_017, "album_id": -3, "owner_id": 310_426_396, "date": Int(Date().timeIntervalSince1970), "has_tags": false,
                    "sizes": [
                        ["type": "s", "url": standIn.url("impg/s.jpg"), "width": 75, "height": 56] as [String: Any],
                        ["type": "w", "url": standIn.url("impg/w.jpg"), "width": 2560, "height": 1920] as [String: Any],
                    ],
                ] as [String: Any],
            ]]
            object["message"] = message
            let event = Self.event("message_new", id: "ev-photo", object: object)
            try await standIn.fail(1, status: 502)
            #expect(try await Self.send(server.port, event).0 == .serviceUnavailable)
            #expect(try await Self.send(server.port, event) == (.ok, "ok"))
            let token = try await ServerProcess.operatorToken(port: server.port)
            let items = try await TelegramChannelTests.appeals(server.port, token, channel: "vk")
            #expect(items.map { $0["text"] as? String } == ["Вложение без подписи\n\n[Вложения: photo]"])
            let files = try await TelegramChannelTests.attachments(server.port, token, of: try #require(items.first?["id"] as? String))
            #expect(files.map(\.name) == ["photo-457239017.jpg"])
            #expect(files.first?.data == jpeg)
            #expect(try await standIn.recorded().compactMap { ($0["body"] as? [String: Any])?["path"] as? String } == ["impg/w.jpg", "impg/w.jpg"])
            await server.kill()
        }

        @Test("a message taken in once however often VK repeats it; its number and the answer go back by messages.send, a comment's under the post",
              arguments: TestDatabase.kinds)
        func conversation(kind: DatabaseKind) async throws {
            let database = TestDatabase.urlText(kind)
            try await TelegramChannelTests.prepare(database)
            let standIn = try await ChannelStandIn(.vk)
            // The first call is refused as «too many requests per second»; it is sent again, with the same random_id.
            try await standIn.fail(1, status: 6)
            let server = try await ServerProcess(database: database, environment: Self.environment(standIn))
            let port = server.port
            let message = Self.event("message_new", id: "ev-1", object: Self.message(15, text: "Нет света в подъезде дома 3"))
            #expect(try await Self.send(port, message) == (.ok, "ok"))
            #expect(try await Self.send(port, message) == (.ok, "ok"))
            let comment = Self.event(
                "wall_reply_new", id: "ev-2",
                object: ["id": 42, "from_id": 310_426_396, "post_id": 151, "owner_id": -Self.group, "date": 1_764_230_400, "text": "Когда починят дорогу?"]
            )
            #expect(try await Self.send(port, comment) == (.ok, "ok"))
            let own = Self.event(
                "wall_reply_new", id: "ev-3", object: ["id": 43, "from_id": -Self.group, "post_id": 151, "owner_id": -Self.group, "date": 1_764_230_500, "text": "Ответ"]
            )
            #expect(try await Self.send(port, own) == (.ok, "ok"))

            let operatorToken = try await ServerProcess.operatorToken(port: port)
            let items = try await TelegramChannelTests.appeals(port, operatorToken, channel: "vk")
            #expect(items.count == 2)
            let messageItem = try #require(items.first { ($0["externalId"] as? String)?.hasPrefix("msg:") == true })
            let number = try #require(messageItem["number"] as? String)

            let sent = try await standIn.await("messages.send") { $0.count >= 1 }
            #expect(sent.count == 1)
            #expect(sent.first?["peer_id"] as? String == "310426396")
            #expect((sent.first?["message"] as? String)?.contains(number) == true)
            let attempts = try await standIn.recorded().filter { $0["method"] as? String == "messages.send" }
            #expect(attempts.count == 2)
            #expect(Set(attempts.compactMap { ($0["body"] as? [String: Any])?["random_id"] as? String }).count == 1)
            let comments = try await standIn.await("wall.createComment") { $0.count >= 1 }
            #expect(comments.map { [$0["owner_id"], $0["post_id"], $0["reply_to_comment"], $0["from_group"]] as? [String] }
                == [["-\(Self.group)", "151", "42", "\(Self.group)"]])

            let id = try #require(messageItem["id"] as? String)
            let executor = try await TelegramChannelTests.token(port, "exec1")
            for (action, body, token) in [
                ("assign", ["bodyId": "b1", "topicId": "roads.repair", "municipalityId": "60701000"], operatorToken), ("accept", [:], executor),
                ("answer", ["text": "Свет включён 27 ноября."], executor), ("approve", [:], operatorToken),
            ] as [(String, [String: String], String)] {
                #expect(try await TelegramChannelTests.post(port, "/api/v1/appeals/\(id)/actions/\(action)", json: body, token: token).0 == .ok)
            }
            let answered = try await standIn.await("messages.send") { $0.count >= 2 }
            #expect((answered.last?["message"] as? String)?.contains("Свет включён 27 ноября.") == true)
            #expect((answered.last?["message"] as? String)?.hasSuffix("Помог ли вам ответ?") == true)
            let keyboard = try #require((answered.last?["keyboard"] as? String).flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) } as? [String: Any])
            let actions = ((keyboard["buttons"] as? [[[String: Any]]])?.first ?? []).compactMap { $0["action"] as? [String: Any] }
            #expect(actions.map { $0["label"] as? String } == ["Помог", "Не помог"])
            // The citizen presses «Не помог»: VK sends the button's label as a message with its payload beside it.
            var press = Self.message(16, text: "Не помог")
            var pressed = try #require(press["message"] as? [String: Any])
            pressed["payload"] = try #require(actions.last?["payload"] as? String)
            press["message"] = pressed
            #expect(try await Self.send(port, Self.event("message_new", id: "ev-4", object: press)) == (.ok, "ok"))
            let reopened = try await TelegramChannelTests.appeals(port, operatorToken, channel: "vk").first { $0["id"] as? String == id }
            #expect(reopened?["status"] as? String == "reopened")
            #expect((reopened?["feedback"] as? [String: Any])?["satisfied"] as? Bool == false)
            #expect(try await TelegramChannelTests.appeals(port, operatorToken, channel: "vk").count == 2)
            let thanked = try await standIn.await("messages.send") { $0.count >= 3 }
            #expect(thanked.last?["message"] as? String == "Спасибо за оценку. Рассмотрение возобновлено, мы сообщим о результате")
            await server.kill()
        }
    }
}
