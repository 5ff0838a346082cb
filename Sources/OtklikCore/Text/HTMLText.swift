/// The readable text of a message that may come as HTML (e-mail, web forms, social networks): tags become
/// spaces, the contents of `script` and `style` go, character references are decoded.
public enum HTMLText {
    public static func plain(_ html: String) -> String {
        // Bytes, not Characters: most texts have neither, and grapheme breaking would cost more than the rest.
        let isMark = { (byte: UInt8) in byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") }
        guard html.utf8.withContiguousStorageIfAvailable({ $0.contains(where: isMark) }) ?? html.utf8.contains(where: isMark) else { return html }
        return decodeReferences(stripTags(html))
    }

    static func stripTags(_ html: String) -> String {
        var output = String.UnicodeScalarView()
        let scalars = Array(html.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<", let close = scalars[(index + 1)...].firstIndex(of: ">") else {
                output.append(scalars[index])
                index += 1
                continue
            }
            let name = String(String.UnicodeScalarView(scalars[(index + 1)..<close])).lowercased()
            index = close + 1
            for hidden in ["script", "style"] where name == hidden || name.hasPrefix(hidden + " ") {
                index = endOfElement(hidden, in: scalars, from: index)
            }
            output.append(" ")
        }
        return String(output)
    }

    /// The position after `</name>`, or the end of the text when the element is never closed.
    private static func endOfElement(_ name: String, in scalars: [Unicode.Scalar], from start: Int) -> Int {
        let closing = Array("</\(name)".unicodeScalars)
        var index = start
        while index + closing.count <= scalars.count {
            if zip(scalars[index...], closing).allSatisfy({ asciiLowercased($0) == $1 }) {
                return (scalars[index...].firstIndex(of: ">") ?? scalars.count - 1) + 1
            }
            index += 1
        }
        return scalars.count
    }

    private static func asciiLowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    /// The named references that occur in Russian messages, plus every numeric one.
    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "laquo": "«", "raquo": "»",
        "mdash": "—", "ndash": "–", "hellip": "…", "copy": "©", "numero": "№", "bdquo": "„", "ldquo": "“", "rdquo": "”",
    ]

    static func decodeReferences(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var output = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let end = scalars[(index + 1)...].prefix(10).firstIndex(of: ";"),
                let decoded = reference(String(String.UnicodeScalarView(scalars[(index + 1)..<end])))
            {
                output.append(decoded)
                index = end + 1
            } else {
                output.append(scalars[index])
                index += 1
            }
        }
        return String(output)
    }

    private static func reference(_ body: String) -> Unicode.Scalar? {
        if body.hasPrefix("#x") || body.hasPrefix("#X") { return UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
        if body.hasPrefix("#") { return UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init) }
        return named[body.lowercased()]
    }
}
