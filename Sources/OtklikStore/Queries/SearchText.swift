/// Text as stored for search: lower case with ё folded into е, whitespace collapsed.
/// Done in Swift because SQLite's lower() folds ASCII only.
enum SearchText {
    static func normalize(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "ё", with: "е")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A LIKE pattern matching `query` anywhere, with LIKE's wildcards escaped by `\`.
    static func likePattern(_ query: String) -> String {
        let escaped = normalize(query).replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return "%\(escaped)%"
    }
}
