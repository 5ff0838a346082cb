import Foundation
import NIOCore
import NIOPosix
import OtklikCore
import OtklikStore

/// The e-mail channel's outbound side: each outbox message as a letter (UTF-8, base64, the subject as an
/// RFC 2047 word, the outbox row as its Message-ID, so a letter sent again after a crash is recognisably the
/// same) handed over SMTP to the site's mail server, which relays it. A 4xx reply or a lost connection is
/// tried again; a 5xx (no such mailbox, refused) is permanent. No TLS or AUTH: the relay is the site's own,
/// on its trusted network.
struct SMTPMailer: OutboundAdapter {
    let settings: SMTPRelaySettings

    func deliver(_ item: OutboxItem) async throws(DeliveryFailure) -> String? {
        let letter = Self.letter(item, from: settings.from)
        do {
            try await send(letter, to: item.recipient)
        } catch let failure as DeliveryFailure {
            throw failure
        } catch {
            throw DeliveryFailure(message: "Почтовый сервер \(settings.host):\(settings.port) недоступен: \(error)")
        }
        return "<\(item.id)@otklik>"
    }

    private func send(_ letter: Data, to recipient: String) async throws {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(30))
            .connect(host: settings.host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPLineDecoder()))
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await channel.executeThenClose { inbound, outbound in
            var lines = inbound.makeAsyncIterator()
            /// The next reply (its last line, after any `250-` continuations) and whether it is the code wanted.
            func expect(_ wanted: Int, after command: String?) async throws {
                if let command { try await outbound.write(ByteBuffer(string: command + "\r\n")) }
                var last = ""
                repeat {
                    guard let line = try await lines.next() else { throw DeliveryFailure(message: "Почтовый сервер закрыл соединение") }
                    last = String(buffer: line)
                } while last.count > 3 && last[last.index(last.startIndex, offsetBy: 3)] == "-"
                guard let code = Int(last.prefix(3)), code == wanted else {
                    throw DeliveryFailure(message: "Почтовый сервер: \(last)", permanent: last.hasPrefix("5"))
                }
            }
            try await expect(220, after: nil)
            try await expect(250, after: "EHLO otklik")
            try await expect(250, after: "MAIL FROM:<\(settings.from)>")
            try await expect(250, after: "RCPT TO:<\(recipient)>")
            try await expect(354, after: "DATA")
            try await outbound.write(ByteBuffer(bytes: letter))
            try await expect(250, after: ".")
            try? await outbound.write(ByteBuffer(string: "QUIT\r\n"))
        }
    }

    /// The letter: headers, then the text in base64 lines, each line of it safe from dot-stuffing.
    static func letter(_ item: OutboxItem, from: String) -> Data {
        let subject = "=?UTF-8?B?" + Data(item.message.kind.subject.utf8).base64EncodedString() + "?="
        let date = Date().formatted(Date.VerbatimFormatStyle(
            format: "\(weekday: .abbreviated), \(day: .defaultDigits) \(month: .abbreviated) \(year: .defaultDigits) \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits):\(second: .twoDigits) +0000",
            locale: Locale(identifier: "en_US_POSIX"), timeZone: .gmt, calendar: Calendar(identifier: .gregorian)
        ))
        let headers = [
            "From: <\(from)>", "To: <\(item.recipient)>", "Subject: \(subject)", "Date: \(date)", "Message-ID: <\(item.id)@otklik>",
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64",
        ]
        let body = Data(item.message.text.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return Data((headers.joined(separator: "\r\n") + "\r\n\r\n" + body + "\r\n").utf8)
    }
}
