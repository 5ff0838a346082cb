import Foundation
import OtklikCore
import Testing

@testable import OtklikServer
@testable import OtklikStore

@Suite("SMTP conversation: commands in order, the letter's dots undone, size and domains kept, nothing accepted before it is stored")
struct SMTPSessionTests {
    func line(_ text: String) -> Data { Data(text.utf8) }

    @Test("EHLO, MAIL, RCPT, DATA: the letter comes out whole, a doubled leading dot made single, 8-bit bytes as they came")
    func letter() {
        var session = SMTPSession(hostName: "otklik", maxBytes: 1000, domains: [])
        #expect(session.greeting == "220 otklik ESMTP Otklik")
        #expect(session.receive(line("MAIL FROM:<a@example.ru>")) == .reply("503 5.5.1 Send EHLO or HELO first"))
        guard case .reply(let ehlo) = session.receive(line("EHLO mta.example.ru")) else {
            Issue.record("no EHLO reply")
            return
        }
        #expect(ehlo.contains("250 PIPELINING") && ehlo.contains("SIZE 1000"))
        #expect(session.receive(line("DATA")) == .reply("503 5.5.1 Send MAIL FROM and RCPT TO first"))
        #expect(session.receive(line("MAIL FROM:<a@example.ru> SIZE=200")) == .reply("250 2.1.0 OK"))
        #expect(session.receive(line("RCPT TO:<cur@region.ru>")) == .reply("250 2.1.5 OK"))
        #expect(session.receive(line("DATA")) == .reply("354 End data with <CR><LF>.<CR><LF>"))
        #expect(session.receive(line("Subject: x")) == .nothing)
        #expect(session.receive(line("")) == .nothing)
        #expect(session.receive(line("..точка в начале")) == .nothing)
        #expect(session.receive(Data([0xF0, 0xD2])) == .nothing)
        let expected = Data("Subject: x\r\n\r\n.точка в начале\r\n".utf8) + Data([0xF0, 0xD2, 0x0D, 0x0A])
        #expect(session.receive(line(".")) == .deliver(expected, from: "a@example.ru", to: ["cur@region.ru"]))
        #expect(session.receive(line("QUIT")) == .close("221 2.0.0 Bye"))
    }

    @Test("a letter over the size is refused at MAIL when announced and at its end when not; a recipient outside the domains is refused")
    func limits() {
        var session = SMTPSession(hostName: "otklik", maxBytes: 10, domains: ["Region.ru"])
        _ = session.receive(line("HELO mta"))
        #expect(session.receive(line("MAIL FROM:<a@example.ru> SIZE=11")) == .reply("552 5.3.4 Message larger than 10 bytes"))
        #expect(session.receive(line("MAIL FROM:<a@example.ru>")) == .reply("250 2.1.0 OK"))
        #expect(session.receive(line("RCPT TO:<x@elsewhere.ru>")) == .reply("550 5.7.1 Relaying to elsewhere.ru is not accepted here"))
        #expect(session.receive(line("RCPT TO:<cur@region.ru>")) == .reply("250 2.1.5 OK"))
        _ = session.receive(line("DATA"))
        #expect(session.receive(line("0123456789")) == .nothing)
        #expect(session.receive(line(".")) == .reply("552 5.3.4 Message larger than 10 bytes"))
        #expect(session.receive(line("VRFY x")) == .reply("502 5.5.1 Command not implemented"))
    }
}

@Suite("A letter out: headers a mail reader understands, the text in base64 so no line starts with a dot")
struct SMTPMailerLetterTests {
    @Test("the subject as an RFC 2047 word, UTF-8 base64 text, the outbox row as Message-ID; read back by our own parser")
    func letter() throws {
        let item = OutboxItem(
            id: "row-1", appealId: "a1", channel: .email, recipient: "anna@example.ru",
            message: OutboundMessage(kind: .answer, text: "Ответ по обращению ЦУР-2026-000001:\n\n.Скамейку починили."),
            createdAt: Date(), attempts: 1, nextAttemptAt: Date(), lastError: nil, deliveredAt: nil, deadAt: nil, remoteId: nil
        )
        let data = SMTPMailer.letter(item, from: "cur@region.ru")
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("Message-ID: <row-1@otklik>\r\n"))
        #expect(!text.split(separator: "\r\n").contains { $0.hasPrefix(".") })
        let read = MIMEParser.parse(data)
        #expect(read.subject == "Ответ на ваше сообщение")
        #expect(read.fromAddress == "cur@region.ru")
        #expect(read.text == "Ответ по обращению ЦУР-2026-000001:\n\n.Скамейку починили.")
    }
}
