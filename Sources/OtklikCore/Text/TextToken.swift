/// One token of an appeal's text: a normalised word or number, or an entity recognised as a whole
/// (a link, an e-mail, a phone), so that "8-800-…" is never taken for four numbers.
public struct TextToken: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case word, number, houseNumber = "house-number", url, email, phone
    }

    public let kind: Kind
    /// Lower case with ё as е for words; digits only for a phone (with the leading 7); the link or e-mail lower-cased.
    public let text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    public var description: String { "\(kind.rawValue):\(text)" }
}
