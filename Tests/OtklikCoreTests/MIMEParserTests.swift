import Foundation
import OtklikCore
import Testing

@Suite("Letters as Russian mail sends them: KOI8-R, windows-1251 and UTF-8, quoted-printable and base64, multiparts and attachments")
struct MIMEParserTests {
    let koi8r = String.Encoding(rawValue: 0x8000_0A02)

    func bytes(_ text: String, _ encoding: String.Encoding) -> Data { text.data(using: encoding)! }

    func qp(_ data: Data) -> String { data.map { $0 < 0x80 && $0 != UInt8(ascii: "=") ? String(UnicodeScalar($0)) : String(format: "=%02X", $0) }.joined() }

    @Test("a KOI8-R letter: the name and subject as encoded words (B and Q), the body in quoted-printable with a soft line break")
    func koi8rLetter() throws {
        let subject = bytes("Прорыв трубы", koi8r).base64EncodedString()
        let name = qp(bytes("Иван_Петров", koi8r))
        let body = qp(bytes("Во дворе дома 5 прорвало трубу, ", koi8r)) + "=\r\n" + qp(bytes("течёт вода.", koi8r))
        let letter = """
            From: =?KOI8-R?Q?\(name)?= <ivan@example.ru>\r
            Subject: =?koi8-r?B?\(subject)?=\r
            Message-ID: <abc-1@example.ru>\r
            Date: Fri, 27 Nov 2026 10:15:00 +0300\r
            MIME-Version: 1.0\r
            Content-Type: text/plain; charset="koi8-r"\r
            Content-Transfer-Encoding: quoted-printable\r
            \r
            \(body)\r

            """
        let message = MIMEParser.parse(Data(letter.utf8))
        #expect(message.fromName == "Иван Петров")
        #expect(message.fromAddress == "ivan@example.ru")
        #expect(message.subject == "Прорыв трубы")
        #expect(message.messageId == "abc-1@example.ru")
        #expect(message.date == Timestamp.parse("2026-11-27T10:15:00+03:00"))
        #expect(message.text == "Во дворе дома 5 прорвало трубу, течёт вода.")
        let draft = MailIntake.draft(message)
        #expect(draft.kind == .message)
        #expect(draft.channel == .email)
        #expect(draft.externalId == "abc-1@example.ru")
        #expect(draft.text == "Тема: Прорыв трубы\n\nВо дворе дома 5 прорвало трубу, течёт вода.")
        #expect(draft.author == Author(name: "Иван Петров", email: "ivan@example.ru"))
    }

    @Test("multipart/mixed: a windows-1251 plain part in base64 beside its HTML twin, and a PDF named in RFC 2231 form")
    func multipart() throws {
        let plain = bytes("Не вывозят мусор третью неделю.", .windowsCP1251).base64EncodedString(options: .lineLength64Characters)
        let pdf = Data([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0xFF])
        let letter = """
            From: "Мария" <maria@example.ru>\r
            Subject: =?UTF-8?B?\(Data("Мусор".utf8).base64EncodedString())?=\r
             =?UTF-8?B?\(Data(" у дома".utf8).base64EncodedString())?=\r
            Content-Type: multipart/mixed; boundary="outer"\r
            \r
            This is a multi-part message in MIME format.\r
            --outer\r
            Content-Type: multipart/alternative; boundary=inner\r
            \r
            --inner\r
            Content-Type: text/plain; charset=windows-1251\r
            Content-Transfer-Encoding: base64\r
            \r
            \(plain)\r
            --inner\r
            Content-Type: text/html; charset=utf-8\r
            \r
            <p>Не вывозят мусор третью неделю.</p>\r
            --inner--\r
            --outer\r
            Content-Type: application/pdf\r
            Content-Disposition: attachment; filename*=utf-8''%D0%B0%D0%BA%D1%82.pdf\r
            Content-Transfer-Encoding: base64\r
            \r
            \(pdf.base64EncodedString())\r
            --outer--\r

            """
        let message = MIMEParser.parse(Data(letter.utf8))
        #expect(message.fromName == "Мария")
        #expect(message.subject == "Мусор у дома")
        #expect(message.text == "Не вывозят мусор третью неделю.")
        #expect(message.attachments == [MailAttachment(fileName: "акт.pdf", contentType: "application/pdf", data: pdf)])
        #expect(MailIntake.draft(message).text.hasSuffix("[Вложения: акт.pdf]"))
    }

    @Test("an HTML-only letter gives its text; a letter with no blank line, garbage or an unknown charset is read without failing")
    func htmlAndGarbage() {
        let html = "From: a@example.ru\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<div>Яма <b>на дороге</b></div>\r\n"
        #expect(MIMEParser.parse(Data(html.utf8)).text == "Яма на дороге")
        #expect(MIMEParser.parse(Data("Subject: только заголовок".utf8)).subject == "только заголовок")
        let garbage = Data((0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        #expect(MIMEParser.parse(garbage).attachments.isEmpty)
        // An unknown charset label falls back to UTF-8; text around the word stays as it is.
        #expect(MIMEParser.decodeWords("=?x-unknown?B?\(Data("При".utf8).base64EncodedString())?= вет") == "При вет")
    }
}
