import Foundation
import HummingbirdTesting
import NIOCore
import NIOPosix
import OtklikCore
import OtklikServer
import OtklikStore
import OtklikTestSupport
import Testing

extension ChannelProcesses {
    @Suite("E-mail in: letters handed over SMTP by a real client are taken in once, in KOI8-R as in UTF-8, and too large ones refused", .serialized)
    struct MailChannelTests {
        /// A free loopback port: bound, read and let go.
        static func freePort() async throws -> Int {
            let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).get()
            let port = try #require(channel.localAddress?.port)
            try await channel.close()
            return port
        }

        /// Sends `letter` with Python's smtplib (a separate, independent SMTP client); its output is the server's
        /// answer to the letter, or the refusal.
        static func send(_ letter: Data, port: Int) async throws -> String {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("letter-\(UUID().uuidString).eml")
            try letter.write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let script = """
                import smtplib, sys, time
                data = open(sys.argv[2], "rb").read()
                # The listener starts beside the HTTP server: wait for it a little.
                for attempt in range(100):
                    try:
                        smtplib.SMTP("127.0.0.1", int(sys.argv[1]), timeout=60).quit()
                        break
                    except ConnectionRefusedError:
                        time.sleep(0.2)
                try:
                    with smtplib.SMTP("127.0.0.1", int(sys.argv[1]), timeout=60) as client:
                        client.ehlo("mta.example.ru")
                        for code, reply in [client.mail("sender@example.ru", ["SIZE=%d" % len(data)]), client.rcpt("cur@region.ru")]:
                            if code != 250:
                                print(code, reply.decode())
                                sys.exit(0)
                        code, reply = client.data(data)
                        print(code, reply.decode())
                except smtplib.SMTPResponseException as error:
                    print(error.smtp_code, error.smtp_error.decode())
                """
            let result = try await ChildProcess.run("/usr/bin/env", ["python3", "-c", script, String(port), file.path])
            return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        }

        static func letter(id: String, body: Data, charset: String, subject: String) -> Data {
            Data("""
                From: =?UTF-8?B?\(Data("Анна Смирнова".utf8).base64EncodedString())?= <anna@example.ru>\r
                To: cur@region.ru\r
                Subject: =?UTF-8?B?\(Data(subject.utf8).base64EncodedString())?=\r
                Message-ID: <\(id)>\r
                MIME-Version: 1.0\r
                Content-Type: text/plain; charset=\(charset)\r
                Content-Transfer-Encoding: base64\r
                \r
                \(body.base64EncodedString(options: .lineLength76Characters))\r

                """.utf8)
        }

        @Test("a KOI8-R letter is taken in as a сообщение with its sender and subject; delivered twice, it is one item; an oversized one is refused",
              arguments: TestDatabase.kinds)
        func letters(kind: DatabaseKind) async throws {
            let database = TestDatabase.urlText(kind)
            try await TelegramChannelTests.prepare(database)
            let port = try await Self.freePort()
            let server = try await ServerProcess(
                database: database,
                environment: ["OTKLIK_SMTP_PORT": String(port), "OTKLIK_SMTP_DOMAINS": "region.ru", "OTKLIK_SMTP_MAX_MB": "1", "OTKLIK_SCHEDULER_SECONDS": "0"]
            )
            let koi8 = try #require("Во дворе дома 7 не горят фонари уже неделю.".data(using: String.Encoding(rawValue: 0x8000_0A02)))
            let letter = Self.letter(id: "letter-1@example.ru", body: koi8, charset: "koi8-r", subject: "Фонари")
            let first = try await Self.send(letter, port: port)
            #expect(first.hasPrefix("250 2.0.0 Accepted as "), "\(first)")
            let second = try await Self.send(letter, port: port)
            #expect(second == first)

            let token = try await ServerProcess.operatorToken(port: server.port)
            let items = try await TelegramChannelTests.appeals(server.port, token, channel: "email")
            #expect(items.count == 1)
            #expect(items.first?["text"] as? String == "Тема: Фонари\n\nВо дворе дома 7 не горят фонари уже неделю.")
            #expect(items.first?["kind"] as? String == "message")
            #expect((items.first?["author"] as? [String: Any])?["email"] as? String == "anna@example.ru")
            #expect(first.hasSuffix(items.first?["id"] as? String ?? "—"))

            // A photo is kept as the item's attachment; a program named as a photo stays only inside the letter.
            let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]).base64EncodedString()
            let exe = Data("MZ program".utf8).base64EncodedString()
            let withFiles = Data("""
                From: <petr@example.ru>\r
                Subject: photo\r
                Message-ID: <letter-3@example.ru>\r
                Content-Type: multipart/mixed; boundary=b\r
                \r
                --b\r
                Content-Type: text/plain; charset=utf-8\r
                \r
                Яма у школы, фото во вложении.\r
                --b\r
                Content-Type: image/png; name=pit.png\r
                Content-Transfer-Encoding: base64\r
                \r
                \(png)\r
                --b\r
                Content-Type: image/jpeg; name=photo.jpg\r
                Content-Transfer-Encoding: base64\r
                \r
                \(exe)\r
                --b--\r

                """.utf8)
            let reply = try await Self.send(withFiles, port: port)
            let id = String(reply.split(separator: " ").last ?? "")
            let files = try await ServerProcess.withClient(port: server.port) { client in
                try await client.get("/api/v1/appeals/\(id)/attachments", headers: [.authorization: "Bearer \(token)"])
            }
            let listed = try JSONSerialization.jsonObject(with: Data(try #require(files.body).readableBytesView)) as? [String: Any]
            #expect((listed?["items"] as? [[String: Any]])?.map { $0["fileName"] as? String } == ["pit.png"])

            let large = Self.letter(id: "letter-2@example.ru", body: Data(repeating: 0x41, count: 1 << 20), charset: "us-ascii", subject: "Большое")
            #expect(try await Self.send(large, port: port).hasPrefix("552"))
            #expect(try await TelegramChannelTests.appeals(server.port, token, channel: "email").count == 2)
            await server.kill()
        }
    }

    @Suite("E-mail out: the number goes back to the sender as a letter through the site's mail server", .serialized)
    struct MailOutTests {
        @Test("a letter's receipt is sent to its author over SMTP, UTF-8 in base64, the outbox row as its Message-ID",
              arguments: TestDatabase.kinds)
        func receiptByMail(kind: DatabaseKind) async throws {
            let database = TestDatabase.urlText(kind)
            try await TelegramChannelTests.prepare(database)
            let relay = try await ChannelStandIn(.smtp)
            let port = try await MailChannelTests.freePort()
            let server = try await ServerProcess(
                database: database,
                environment: [
                    "OTKLIK_SMTP_PORT": String(port), "OTKLIK_SMTP_RELAY": "127.0.0.1:\(try #require(relay.smtpPort))", "OTKLIK_MAIL_FROM": "cur@region.ru",
                    "OTKLIK_OUTBOX_SECONDS": "0.2", "OTKLIK_SCHEDULER_SECONDS": "0",
                ]
            )
            let body = Data("Сломана скамейка в сквере".utf8)
            let reply = try await MailChannelTests.send(MailChannelTests.letter(id: "bench@example.ru", body: body, charset: "utf-8", subject: "Скамейка"), port: port)
            #expect(reply.hasPrefix("250"))
            let attempts = try await relay.await("letter") { $0.count >= 1 }
            let letter = try #require(attempts.first)
            #expect(letter["from"] as? String == "cur@region.ru")
            #expect(letter["to"] as? [String] == ["anna@example.ru"])
            let data = Data((letter["data"] as? String ?? "").utf8)
            let read = MIMEParser.parse(data)
            #expect(read.subject == "Ваше сообщение принято")
            #expect(read.text.hasPrefix("Ваше сообщение принято. Номер: ЦУР-"))
            #expect(read.messageId?.hasSuffix("@otklik") == true)
            #expect(try await relay.recorded().count == 1)
            await server.kill()
        }
    }
}
