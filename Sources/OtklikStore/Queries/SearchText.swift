/// Text as stored for search: lower case with ё folded into е, whitespace and control characters collapsed
/// (PostgreSQL cannot hold U+0000 in TEXT; the original stays whole, escaped, in the appeal's JSON).
/// Done in Swift because SQLite's lower() folds ASCII only.
enum SearchText {
    static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) || scalar.value < 0x20 {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            appendLowercased(scalar, to: &scalars)
        }
        return String(scalars)
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D: true
        case 0...0x7F, 0x400...0x4FF: false
        default: scalar.properties.isWhitespace
        }
    }

    /// Latin and Cyrillic capitals directly (nearly every appeal is only these), the rest by Unicode's mapping.
    private static func appendLowercased(_ scalar: Unicode.Scalar, to scalars: inout String.UnicodeScalarView) {
        switch scalar.value {
        case 0x41...0x5A, 0x410...0x42F: scalars.append(Unicode.Scalar(scalar.value + 0x20)!)
        case 0x401, 0x451: scalars.append("е")
        case 0...0x7F, 0x430...0x44F: scalars.append(scalar)
        default: scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars.map { $0 == "ё" ? "е" : $0 })
        }
    }

    /// A LIKE pattern matching `query` anywhere, with LIKE's wildcards escaped by `\`.
    static func likePattern(_ query: String) -> String {
        let escaped = normalize(query).replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return "%\(escaped)%"
    }
}
