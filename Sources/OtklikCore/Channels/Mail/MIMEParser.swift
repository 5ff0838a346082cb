import Foundation

/// Reads a letter as an SMTP server receives it (RFC 5322 with MIME, RFC 2045–2047, 2231): headers with
/// encoded words in any of the `MailCharset`s, bodies in quoted-printable or base64, nested multiparts. The
/// text is the plain-text part (or the HTML one reduced to its text); parts with a file name or of another
/// type are attachments. Nothing in a letter makes it fail: what cannot be read is kept as bytes or text as is.
public enum MIMEParser {
    public static func parse(_ raw: Data) -> MailMessage {
        let top = MIMEPart(raw)
        var message = MailMessage()
        if let from = top.header("from").map(decodeWords) {
            (message.fromName, message.fromAddress) = address(from)
        }
        message.subject = top.header("subject").map(decodeWords)
        message.messageId = top.header("message-id")?.trimmingCharacters(in: CharacterSet(charactersIn: "<> "))
        message.date = top.header("date").flatMap(date)
        var plain: [String] = []
        var html: [String] = []
        walk(top, plain: &plain, html: &html, attachments: &message.attachments, depth: 0)
        let htmlText = html.map { HTMLText.plain($0).replacing(/[ \t]{2,}/, with: " ") }
        message.text = (plain.isEmpty ? htmlText : plain).joined(separator: "\n\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return message
    }

    /// Nesting deeper than this is not followed (a letter built to exhaust the parser).
    static let maxDepth = 8

    static func walk(_ part: MIMEPart, plain: inout [String], html: inout [String], attachments: inout [MailAttachment], depth: Int) {
        let (type, parameters) = part.parameters("content-type")
        let contentType = type.isEmpty ? "text/plain" : type
        if contentType.hasPrefix("multipart/"), let boundary = parameters["boundary"], depth < maxDepth {
            for child in split(part.body, boundary: boundary) {
                walk(MIMEPart(child), plain: &plain, html: &html, attachments: &attachments, depth: depth + 1)
            }
            return
        }
        let body = decode(part.body, transfer: part.header("content-transfer-encoding"))
        let disposition = part.parameters("content-disposition")
        let fileName = (disposition.parameters["filename"] ?? parameters["name"]).map(decodeWords)
        if disposition.value == "attachment" || fileName != nil || !(contentType == "text/plain" || contentType == "text/html") {
            attachments.append(MailAttachment(fileName: fileName, contentType: contentType, data: body))
        } else if contentType == "text/html" {
            html.append(MailCharset.decode(body, charset: parameters["charset"]))
        } else {
            plain.append(MailCharset.decode(body, charset: parameters["charset"]))
        }
    }

    /// The parts of a multipart body between `--boundary` lines, up to `--boundary--`; the line break before
    /// each delimiter belongs to it (RFC 2046 §5.1.1).
    static func split(_ body: Data, boundary: String) -> [Data] {
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [Data] = []
        var current: Data?
        for line in lines(body) {
            var trimmed = Array(line)
            while let last = trimmed.last, last == 0x0A || last == 0x0D || last == 0x20 || last == 0x09 { trimmed.removeLast() }
            if trimmed == delimiter || trimmed == delimiter + Array("--".utf8) {
                if var finished = current {
                    if finished.last == 0x0A { finished.removeLast() }
                    if finished.last == 0x0D { finished.removeLast() }
                    parts.append(finished)
                }
                current = trimmed == delimiter ? Data() : nil
                if current == nil { break }
            } else {
                current?.append(contentsOf: line)
            }
        }
        return parts
    }

    /// The body's lines, each with its line break.
    static func lines(_ data: Data) -> [Data] {
        var lines: [Data] = []
        var start = data.startIndex
        for index in data.indices where data[index] == 0x0A {
            lines.append(data[start...index])
            start = index + 1
        }
        if start < data.endIndex { lines.append(data[start...]) }
        return lines
    }

    static func decode(_ body: Data, transfer: String?) -> Data {
        switch transfer?.lowercased().trimmingCharacters(in: .whitespaces) {
        case "base64": Data(base64Encoded: body.filter { !(0x09...0x0D).contains($0) && $0 != 0x20 }, options: .ignoreUnknownCharacters) ?? body
        case "quoted-printable": quotedPrintable(body, underscoreIsSpace: false)
        default: body
        }
    }

    /// Quoted-printable (RFC 2045 §6.7): `=XX` is a byte, `=` at a line's end joins it to the next; in an
    /// encoded word (RFC 2047 «Q») `_` is a space.
    static func quotedPrintable(_ data: Data, underscoreIsSpace: Bool) -> Data {
        let bytes = [UInt8](data)
        var result = Data()
        var index = 0
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 0x30...0x39: byte - 0x30
            case 0x41...0x46: byte - 0x37
            case 0x61...0x66: byte - 0x57
            default: nil
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "="), index + 1 < bytes.count {
                if bytes[index + 1] == 0x0A {
                    index += 2
                    continue
                }
                if bytes[index + 1] == 0x0D, index + 2 < bytes.count, bytes[index + 2] == 0x0A {
                    index += 3
                    continue
                }
                if index + 2 < bytes.count, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) {
                    result.append(high << 4 | low)
                    index += 3
                    continue
                }
            }
            result.append(underscoreIsSpace && byte == UInt8(ascii: "_") ? 0x20 : byte)
            index += 1
        }
        return result
    }

    /// A header's RFC 2047 encoded words (`=?koi8-r?B?…?=`, `=?utf-8?Q?…?=`) as text; white space between two
    /// encoded words is dropped, as the RFC says.
    public static func decodeWords(_ value: String) -> String {
        let pattern = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/
        var result = ""
        var rest = Substring(value)
        var previousWasWord = false
        while let match = rest.firstMatch(of: pattern) {
            let between = rest[..<match.range.lowerBound]
            if !(previousWasWord && between.allSatisfy(\.isWhitespace)) { result += between }
            let (charset, encoding, text) = (String(match.output.1), match.output.2.uppercased(), Data(match.output.3.utf8))
            let bytes = encoding == "B" ? Data(base64Encoded: text, options: .ignoreUnknownCharacters) ?? text : quotedPrintable(text, underscoreIsSpace: true)
            result += MailCharset.decode(bytes, charset: charset.split(separator: "*").first.map(String.init))
            rest = rest[match.range.upperBound...]
            previousWasWord = true
        }
        return result + rest
    }

    /// «Имя Фамилия <user@example.ru>», `user@example.ru (Имя)` or a bare address: the name and the address.
    static func address(_ value: String) -> (String?, String?) {
        if let open = value.lastIndex(of: "<"), let close = value.lastIndex(of: ">"), open < close {
            let name = value[..<open].trimmingCharacters(in: CharacterSet(charactersIn: "\" \t"))
            return (name.isEmpty ? nil : name, String(value[value.index(after: open)..<close]).trimmingCharacters(in: .whitespaces))
        }
        let bare = value.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? value
        let comment = value.split(separator: "(").dropFirst().first.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ") ")) }
        return (comment, bare.isEmpty ? nil : bare)
    }

    /// An RFC 5322 date, with or without the day of the week.
    static func date(_ value: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        let cleaned = value.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? value
        for format in ["EEE, d MMM yyyy HH:mm:ss Z", "d MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm Z"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: cleaned) { return date }
        }
        return nil
    }
}
