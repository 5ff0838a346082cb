import Foundation

/// One SMTP conversation (RFC 5321) as a state machine with no I/O: each line in gives the replies to write,
/// and, at the end of DATA, the letter to take in. Enough of ESMTP for an MTA to hand letters over: EHLO/HELO,
/// MAIL, RCPT, DATA (dot-stuffing undone), RSET, NOOP, QUIT, `SIZE` announced and kept. Recipients can be
/// limited to the centre's domains. Nothing is accepted until it is taken in: the reply to DATA is sent only
/// after the letter is stored, and a failure is a 451, so the sending MTA keeps the letter and tries again.
/// Replies are in English ASCII: RFC 5321 text is read by mail servers and their logs, not by citizens.
struct SMTPSession {
    enum Step: Equatable {
        /// A line of the letter: nothing to answer yet.
        case nothing
        case reply(String)
        /// The whole letter: store it, then reply.
        case deliver(Data, from: String, to: [String])
        case close(String)
    }

    let hostName: String
    let maxBytes: Int
    /// Domains a recipient must be in; empty: any.
    let domains: Set<String>
    private(set) var from: String?
    private(set) var recipients: [String] = []
    private var data: Data?
    private var tooLarge = false
    private(set) var greeted = false

    init(hostName: String, maxBytes: Int, domains: Set<String>) {
        self.hostName = hostName
        self.maxBytes = maxBytes
        self.domains = Set(domains.map { $0.lowercased() })
    }

    var greeting: String { "220 \(hostName) ESMTP Otklik" }

    /// The next line from the client, without its line break, as bytes: a letter's lines may be 8-bit text
    /// in any charset and are kept as they came.
    mutating func receive(_ bytes: Data) -> Step {
        if data != nil { return receiveData(bytes) }
        let line = String(decoding: bytes, as: UTF8.self)
        let verb = line.prefix { $0 != " " }.uppercased()
        let argument = line.dropFirst(verb.count).trimmingCharacters(in: .whitespaces)
        switch verb {
        case "EHLO":
            greeted = true
            reset()
            return .reply("250-\(hostName)\r\n250-8BITMIME\r\n250-SIZE \(maxBytes)\r\n250 PIPELINING")
        case "HELO":
            greeted = true
            reset()
            return .reply("250 \(hostName)")
        case "MAIL":
            guard greeted else { return .reply("503 5.5.1 Send EHLO or HELO first") }
            guard argument.uppercased().hasPrefix("FROM:"), let address = Self.path(argument.dropFirst(5)) else {
                return .reply("501 5.5.4 Syntax: MAIL FROM:<address>")
            }
            if let size = Self.sizeParameter(argument), size > maxBytes { return .reply("552 5.3.4 Message larger than \(maxBytes) bytes") }
            reset()
            from = address
            return .reply("250 2.1.0 OK")
        case "RCPT":
            guard from != nil else { return .reply("503 5.5.1 Send MAIL FROM first") }
            guard argument.uppercased().hasPrefix("TO:"), let address = Self.path(argument.dropFirst(3)), !address.isEmpty else {
                return .reply("501 5.5.4 Syntax: RCPT TO:<address>")
            }
            let domain = address.split(separator: "@").last.map { $0.lowercased() } ?? ""
            guard domains.isEmpty || domains.contains(domain) else { return .reply("550 5.7.1 Relaying to \(domain) is not accepted here") }
            guard recipients.count < 100 else { return .reply("452 4.5.3 Too many recipients") }
            recipients.append(address)
            return .reply("250 2.1.5 OK")
        case "DATA":
            guard from != nil, !recipients.isEmpty else { return .reply("503 5.5.1 Send MAIL FROM and RCPT TO first") }
            data = Data()
            tooLarge = false
            return .reply("354 End data with <CR><LF>.<CR><LF>")
        case "RSET":
            reset()
            return .reply("250 2.0.0 OK")
        case "NOOP":
            return .reply("250 2.0.0 OK")
        case "QUIT":
            return .close("221 2.0.0 Bye")
        case "":
            return .reply("500 5.5.2 Empty command")
        default:
            return .reply("502 5.5.1 Command not implemented")
        }
    }

    private mutating func receiveData(_ line: Data) -> Step {
        if line == Data(".".utf8) {
            let letter = data ?? Data()
            let (sender, to) = (from ?? "", recipients)
            let refused = tooLarge
            reset()
            return refused ? .reply("552 5.3.4 Message larger than \(maxBytes) bytes") : .deliver(letter, from: sender, to: to)
        }
        // A leading dot was doubled by the client (RFC 5321 §4.5.2).
        let content = line.first == UInt8(ascii: ".") ? line.dropFirst() : line[...]
        if !tooLarge {
            data?.append(contentsOf: content)
            data?.append(contentsOf: [0x0D, 0x0A])
            if (data?.count ?? 0) > maxBytes {
                tooLarge = true
                data = Data()
            }
        }
        return .nothing
    }

    private mutating func reset() {
        from = nil
        recipients = []
        data = nil
        tooLarge = false
    }

    /// The address of `<user@example.ru>` (with or without the brackets and parameters after them).
    static func path(_ text: Substring) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("<") {
            guard let close = trimmed.firstIndex(of: ">") else { return nil }
            return String(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
        }
        return trimmed.split(separator: " ").first.map(String.init) ?? ""
    }

    /// `SIZE=n` among MAIL FROM's parameters (RFC 1870).
    static func sizeParameter(_ argument: String) -> Int? {
        argument.split(separator: " ").first { $0.uppercased().hasPrefix("SIZE=") }.flatMap { Int($0.dropFirst(5)) }
    }
}
