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
    @Suite("Telegram: a citizen writes to the bot, gets a number and the answer, rates it; nothing sent is lost to a kill -9", .serialized)
    struct TelegramChannelTests {
        static let secret = "test_secret-2026"
        static let chat: Int64 = 5_000_000_001
        static let executor = User(id: "u-e1", login: "exec1", name: "Исполнитель", role: .executor, bodyId: "b1")

        static func environment(_ standIn: ChannelStandIn, outboxSeconds: String = "0.2") -> [String: String] {
            [
                "OTKLIK_TELEGRAM_TOKEN": ChannelStandIn.token, "OTKLIK_TELEGRAM_SECRET": secret, "OTKLIK_TELEGRAM_API": standIn.url,
                "OTKLIK_OUTBOX_SECONDS": outboxSeconds, "OTKLIK_SCHEDULER_SECONDS": "0", "OTKLIK_RETRAIN_CHECK_SECONDS": "0",
            ]
        }

        static func prepare(_ database: String) async throws {
            let store = try await ServerProcess.prepare(database)
            try await store.save(municipalities: [Municipality(oktmo: "60701000", name: "город Ростов-на-Дону")])
            try await store.save(rubricator: .default)
            try await store.save(bodies: [Body(id: "b1", name: "Администрация города", municipalityId: "60701000")])
            try await Accounts.add(executor, password: ServerProcess.operatorPassword, cost: 4, to: store)
            try await store.close()
        }

        /// An update as the Bot API sends it for a private message (fields from `api.json`: Update, Message, User, Chat).
        static func message(update: Int64, id: Int64, text: String) -> [String: Any] {
            [
                "update_id": update,
                "message": [
                    "message_id": id, "date": Int(Date().timeIntervalSince1970),
                    "from": ["id": chat, "is_bot": false, "first_name": "Мария", "last_name": "Кузнецова", "username": "maria_k", "language_code": "ru"],
                    "chat": ["id": chat, "first_name": "Мария", "last_name": "Кузнецова", "username": "maria_k", "type": "private"],
                    "text": text,
                ] as [String: Any],
            ]
        }

        static func callback(update: Int64, data: String) -> [String: Any] {
            [
                "update_id": update,
                "callback_query": [
                    "id": "cb-\(update)", "chat_instance": "42", "data": data,
                    "from": ["id": chat, "is_bot": false, "first_name": "Мария"],
                    "message": ["message_id": 900, "date": Int(Date().timeIntervalSince1970), "chat": ["id": chat, "type": "private"], "text": "Ответ"] as [String: Any],
                ] as [String: Any],
            ]
        }

        static func post(_ port: Int, _ path: String, json: Any, headers extra: HTTPFields = [:], token: String? = nil) async throws -> (HTTPResponse.Status, Any?) {
            var fields: HTTPFields = [.contentType: "application/json"]
            fields.append(contentsOf: extra)
            if let token { fields[.authorization] = "Bearer \(token)" }
            let headers = fields
            let body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
            let response = try await ServerProcess.withClient(port: port) { client in
                try await client.post(path, headers: headers, body: body)
            }
            let data = Data(response.body?.readableBytesView ?? ByteBuffer().readableBytesView)
            return (response.status, data.isEmpty ? nil : try? JSONSerialization.jsonObject(with: data))
        }

        static func webhook(_ port: Int, _ update: [String: Any], secret: String = secret) async throws -> HTTPResponse.Status {
            try await post(port, "/channels/telegram/webhook", json: update, headers: [HTTPField.Name("X-Telegram-Bot-Api-Secret-Token")!: secret]).0
        }

        static func token(_ port: Int, _ login: String) async throws -> String {
            let (_, json) = try await post(port, "/api/v1/auth/token", json: ["login": login, "password": ServerProcess.operatorPassword])
            return try #require((json as? [String: Any])?["token"] as? String)
        }

        static func appeals(_ port: Int, _ token: String, channel: String = "telegram") async throws -> [[String: Any]] {
            let response = try await ServerProcess.withClient(port: port) { client in
                try await client.get("/api/v1/appeals?channel=\(channel)", headers: [.authorization: "Bearer \(token)"])
            }
            let object = try JSONSerialization.jsonObject(with: Data(try #require(response.body).readableBytesView)) as? [String: Any]
            return object?["items"] as? [[String: Any]] ?? []
        }

        @Test("the number, the answer with «помог / не помог» and the rating go through the bot; a repeated update or press changes nothing",
              arguments: TestDatabase.kinds)
        func conversation(kind: DatabaseKind) async throws {
            let database = TestDatabase.urlText(kind)
            try await Self.prepare(database)
            let standIn = try await ChannelStandIn(.telegram)
            let server = try await ServerProcess(database: database, environment: Self.environment(standIn))
            let port = server.port

            let update = Self.message(update: 1, id: 10, text: "Во дворе дома 5 на ул. Мира открыт люк")
            #expect(try await Self.webhook(port, update, secret: "wrong") == .unauthorized)
            #expect(try await Self.post(port, "/channels/telegram/webhook", json: ["update_id": "x"], headers: [HTTPField.Name("X-Telegram-Bot-Api-Secret-Token")!: Self.secret]).0 == .badRequest)
            #expect(try await Self.webhook(port, update) == .ok)
            #expect(try await Self.webhook(port, update) == .ok)
            let operatorToken = try await ServerProcess.operatorToken(port: port)
            let items = try await Self.appeals(port, operatorToken)
            #expect(items.count == 1)
            let id = try #require(items.first?["id"] as? String)
            let number = try #require(items.first?["number"] as? String)
            #expect(items.first?["kind"] as? String == "message")

            let receipts = try await standIn.await("sendMessage") { $0.count >= 1 }
            #expect(receipts.count == 1)
            #expect(receipts.first?["chat_id"] as? String == String(Self.chat))
            #expect((receipts.first?["text"] as? String)?.contains(number) == true)

            for (action, body, token) in [
                ("assign", ["bodyId": "b1", "topicId": "roads.repair", "municipalityId": "60701000"], operatorToken),
                ("accept", [:], try await Self.token(port, "exec1")),
                ("answer", ["text": "Люк закрыт 27 ноября."], try await Self.token(port, "exec1")),
                ("approve", [:], operatorToken),
            ] as [(String, [String: String], String)] {
                let (status, reply) = try await Self.post(port, "/api/v1/appeals/\(id)/actions/\(action)", json: body, token: token)
                #expect(status == .ok, "\(action): \(String(describing: reply))")
            }
            let answers = try await standIn.await("sendMessage") { $0.count >= 2 }
            let answer = try #require(answers.last)
            #expect((answer["text"] as? String)?.contains("Люк закрыт 27 ноября.") == true)
            let buttons = ((answer["reply_markup"] as? [String: Any])?["inline_keyboard"] as? [[[String: Any]]])?.first ?? []
            #expect(buttons.map { $0["text"] as? String } == ["Помог", "Не помог"])
            let yes = try #require(buttons.first?["callback_data"] as? String)

            #expect(try await Self.webhook(port, Self.callback(update: 2, data: yes)) == .ok)
            #expect(try await Self.webhook(port, Self.callback(update: 3, data: yes)) == .ok)
            let acks = try await standIn.await("answerCallbackQuery") { $0.count >= 2 }
            #expect(acks.map { $0["text"] as? String } == ["Спасибо за оценку", "Оценка уже учтена, спасибо"])
            let rated = try await Self.appeals(port, operatorToken).first
            #expect((rated?["feedback"] as? [String: Any])?["satisfied"] as? Bool == true)
            #expect(try await standIn.delivered("sendMessage").count == 2)
            await server.kill()
        }

        /// A private message with a photo in two sizes, as the Bot API sends it (`Message.photo`: PhotoSize, smallest first).
        static func photo(update: Int64, id: Int64, caption: String, sizes: [String]) -> [String: Any] {
            var update = message(update: update, id: id, text: "")
            var message = update["message"] as? [String: Any] ?? [:]
            message["text"] = nil
            message["caption"] = caption
            message["photo"] = sizes.enumerated().map { index, fileId in
                ["file_id": fileId, "file_unique_id": "u-\(fileId)", "width": 320 * (index + 1), "height": 240 * (index + 1)] as [String: Any]
            }
            update["message"] = message
            return update
        }

        static func attachments(_ port: Int, _ token: String, of id: String) async throws -> [(name: String, data: Data)] {
            let list = try await ServerProcess.withClient(port: port) { client in
                try await client.get("/api/v1/appeals/\(id)/attachments", headers: [.authorization: "Bearer \(token)"])
            }
            let object = try JSONSerialization.jsonObject(with: Data(try #require(list.body).readableBytesView)) as? [String: Any]
            var files: [(name: String, data: Data)] = []
            for item in object?["items"] as? [[String: Any]] ?? [] {
                let link = try #require(item["link"] as? String)
                let file = try await ServerProcess.withClient(port: port) { client in
                    try await client.get(link, headers: [.authorization: "Bearer \(token)"])
                }
                files.append((item["fileName"] as? String ?? "", Data(try #require(file.body).readableBytesView)))
            }
            return files
        }

        @Test("a photo is fetched through getFile in its largest size and kept with the item; a Bot API failure that may pass is a 503 and the resent update takes nothing in twice",
              arguments: TestDatabase.kinds)
        func photos(kind: DatabaseKind) async throws {
            let database = TestDatabase.urlText(kind)
            try await Self.prepare(database)
            let standIn = try await ChannelStandIn(.telegram)
            let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + Data("JFIF".utf8) + Data(repeating: 0x5A, count: 2_000) + Data([0xFF, 0xD9])
            try await standIn.serve(file: "AgAD-large", path: "photos/file_7.jpg", data: jpeg)
            // Sending off, so the Bot API sees only the file calls.
            let server = try await ServerProcess(database: database, environment: Self.environment(standIn, outboxSeconds: "0"))
            let port = server.port
            let token = try await ServerProcess.operatorToken(port: port)

            let update = Self.photo(update: 40, id: 41, caption: "Яма у подъезда", sizes: ["AgAD-small", "AgAD-large"])
            // The Bot API is down for the first call: the item is kept, the update is asked for again.
            try await standIn.fail(1, status: 502)
            #expect(try await Self.webhook(port, update) == .serviceUnavailable)
            #expect(try await Self.webhook(port, update) == .ok)
            let items = try await Self.appeals(port, token)
            #expect(items.count == 1)
            let id = try #require(items.first?["id"] as? String)
            #expect(items.first?["text"] as? String == "Яма у подъезда\n\n[К сообщению приложено фото]")
            let files = try await Self.attachments(port, token, of: id)
            #expect(files.map(\.name) == ["photo-41.jpg"])
            #expect(files.first?.data == jpeg)
            let calls = try await standIn.recorded().filter { $0["method"] as? String == "getFile" }.compactMap { ($0["body"] as? [String: Any])?["file_id"] as? String }
            #expect(calls == ["AgAD-large", "AgAD-large"])
            #expect(try await standIn.delivered("download").count == 1)

            // A file the Bot API does not know is left as its id in the kept update; the message is taken in.
            #expect(try await Self.webhook(port, Self.photo(update: 42, id: 43, caption: "Ещё фото", sizes: ["AgAD-gone"])) == .ok)
            let second = try #require(try await Self.appeals(port, token).first { $0["text"] as? String == "Ещё фото\n\n[К сообщению приложено фото]" })
            #expect(try await Self.attachments(port, token, of: try #require(second["id"] as? String)).isEmpty)
            await server.kill()
        }

        @Test("messages waiting in the outbox when the server is killed go out after the restart, each once; a failing Bot API is retried",
              arguments: TestDatabase.kinds)
        func outboxSurvivesKill(kind: DatabaseKind) async throws {
            let database = TestDatabase.urlText(kind)
            try await Self.prepare(database)
            let standIn = try await ChannelStandIn(.telegram)
            // Sending off: the receipts wait in the outbox when the server dies.
            let first = try await ServerProcess(database: database, environment: Self.environment(standIn, outboxSeconds: "0"))
            for index in 0..<3 {
                #expect(try await Self.webhook(first.port, Self.message(update: Int64(10 + index), id: Int64(20 + index), text: "Не горит фонарь, дом \(index)")) == .ok)
            }
            await first.kill()
            #expect(try await standIn.recorded().isEmpty)

            // The Bot API fails the first call; the dispatcher of the restarted server tries it again.
            try await standIn.fail(1, status: 429)
            let second = try await ServerProcess(database: database, environment: Self.environment(standIn))
            let sent = try await standIn.await("sendMessage") { $0.count >= 3 }
            try await Task.sleep(for: .seconds(1))
            let texts = try await standIn.delivered("sendMessage").compactMap { $0["text"] as? String }
            #expect(texts.count == 3)
            #expect(Set(texts).count == 3)
            #expect(sent.count == 3)
            #expect(try await standIn.recorded().filter { $0["failed"] as? Bool == true }.count == 1)
            await second.kill()
        }
    }
}
