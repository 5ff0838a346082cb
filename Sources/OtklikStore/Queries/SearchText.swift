/// Text as stored for search: lower case with ё folded into е, whitespace and control characters below U+0020 collapsed
/// (PostgreSQL cannot hold U+0000 in TEXT; the original stays whole, escaped, in the appeal's JSON).
/// Done in Swift because SQLite's lower() folds ASCII only.
enum SearchText {
    /// Written as UTF-8 bytes: appending scalar by scalar to a string's view took about 4 % of the server's time
    /// taking batches in.
    static func normalize(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) || scalar.value < 0x20 {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            appendLowercased(scalar, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D: true
        case 0...0x7F, 0x400...0x4FF: false
        default: scalar.properties.isWhitespace
        }
    }

    /// Latin and Cyrillic capitals directly (nearly every appeal is only these), the rest by Unicode's mapping.
    private static func appendLowercased(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        switch scalar.value {
        case 0x41...0x5A: bytes.append(UInt8(scalar.value + 0x20))
        case 0x410...0x42F: append(Unicode.Scalar(scalar.value + 0x20)!, to: &bytes)
        case 0x401, 0x451: append("е", to: &bytes)
        case 0...0x7F, 0x430...0x44F: append(scalar, to: &bytes)
        default: for lower in scalar.properties.lowercaseMapping.unicodeScalars { append(lower == "ё" ? "е" : lower, to: &bytes) }
        }
    }

    private static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        UTF8.encode(scalar) { bytes.append($0) }
    }

    /// A LIKE pattern matching `query` anywhere, with LIKE's wildcards escaped by `\`.
    static func likePattern(_ query: String) -> String {
        let escaped = normalize(query).replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return "%\(escaped)%"
    }
}
