/// A voter's answer to one question: the chosen options' indexes (for a ranking, all of them, most
/// important first), or the text.
public struct PollAnswer: Codable, Sendable, Equatable {
    public var choices: [Int]?
    public var text: String?

    public init(choices: [Int]? = nil, text: String? = nil) {
        self.choices = choices
        self.text = text
    }
}
