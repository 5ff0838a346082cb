import Foundation

/// One entity of a letter (RFC 2045): its headers, unfolded, names in lower case, in order; and its body as sent.
struct MIMEPart {
    var headers: [(name: String, value: String)]
    var body: Data

    /// Splits an entity at the first empty line; a letter without one is all headers.
    init(_ raw: Data) {
        let bytes = [UInt8](raw)
        var split = bytes.count
        var bodyStart = bytes.count
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A, index + 1 < bytes.count {
                if bytes[index + 1] == 0x0A {
                    (split, bodyStart) = (index, index + 2)
                    break
                }
                if bytes[index + 1] == 0x0D, index + 2 < bytes.count, bytes[index + 2] == 0x0A {
                    (split, bodyStart) = (index, index + 3)
                    break
                }
            }
            index += 1
        }
        // Headers should be ASCII (RFC 2047 words); raw 8-bit ones are read as UTF-8 or windows-1251.
        let text = MailCharset.decode(Data(bytes[0..<split]), charset: nil)
        var headers: [(name: String, value: String)] = []
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            if let first = line.first, first == " " || first == "\t", !headers.isEmpty {
                headers[headers.count - 1].value += " " + line.trimmingCharacters(in: .whitespacesAndNewlines)
            } else if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                headers.append((name, line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)))
            }
        }
        self.headers = headers
        body = bodyStart < bytes.count ? Data(bytes[bodyStart...]) : Data()
    }

    func header(_ name: String) -> String? { headers.first { $0.name == name }?.value }

    /// A header's value and its parameters (`text/plain; charset="koi8-r"`), names in lower case; RFC 2231
    /// `name*=charset''percent-encoded` values decoded.
    func parameters(_ name: String) -> (value: String, parameters: [String: String]) {
        guard let raw = header(name) else { return ("", [:]) }
        var pieces: [String] = []
        var current = ""
        var quoted = false
        for character in raw {
            if character == "\"" { quoted.toggle() }
            if character == ";", !quoted {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        var parameters: [String: String] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            var key = piece[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var value = piece[piece.index(after: equals)...].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            if key.hasSuffix("*") {
                key.removeLast()
                let parts = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                if parts.count == 3, let bytes = Data(parts[2].utf8).percentDecoded {
                    value = MailCharset.decode(bytes, charset: parts[0].isEmpty ? "utf-8" : String(parts[0]))
                }
            }
            parameters[key] = value
        }
        return (pieces[0].trimmingCharacters(in: .whitespaces).lowercased(), parameters)
    }
}

extension Data {
    /// `%XX` escapes as their bytes, other bytes as they are; nil for a broken escape.
    var percentDecoded: Data? {
        var result = Data()
        var index = startIndex
        while index < endIndex {
            if self[index] == UInt8(ascii: "%") {
                guard index + 2 < endIndex, let byte = UInt8(String(decoding: self[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) else { return nil }
                result.append(byte)
                index += 3
            } else {
                result.append(self[index])
                index += 1
            }
        }
        return result
    }
}
