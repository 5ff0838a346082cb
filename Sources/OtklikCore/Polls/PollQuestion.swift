/// One question of a poll: its text, how it is answered and, unless free text, its options in order.
public struct PollQuestion: Codable, Sendable, Equatable {
    public var id: String
    public var text: String
    public var kind: PollQuestionKind
    public var options: [String]

    public init(id: String, text: String, kind: PollQuestionKind, options: [String] = []) {
        self.id = id
        self.text = text
        self.kind = kind
        self.options = options
    }

    enum CodingKeys: String, CodingKey {
        case id, text, kind, options
    }

    /// A free-text question may leave `options` out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id), text: try container.decode(String.self, forKey: .text),
            kind: try container.decode(PollQuestionKind.self, forKey: .kind), options: try container.decodeIfPresent([String].self, forKey: .options) ?? []
        )
    }
}
