/// A voter's answers to a poll, by question id, and the municipality they say they live in.
public struct PollBallot: Codable, Sendable, Equatable {
    public var answers: [String: PollAnswer]
    public var municipalityId: String?

    public init(answers: [String: PollAnswer], municipalityId: String? = nil) {
        self.answers = answers
        self.municipalityId = municipalityId
    }
}
