import Foundation

/// A poll, vote or survey of residents (M13; issue 9): for the region or one municipality, open between two
/// instants, of one or more questions. `residentsOnly` limits it to those who say they live in its
/// municipality; each verified contact votes once (`PollRules`).
public struct Poll: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var description: String?
    /// Nil: the whole region.
    public var municipalityId: String?
    public var residentsOnly: Bool
    /// The problem area the poll is about, if any.
    public var topicId: String?
    public var opensAt: Date
    public var closesAt: Date
    public var questions: [PollQuestion]
    public var createdAt: Date

    public init(
        id: String, title: String, description: String? = nil, municipalityId: String? = nil, residentsOnly: Bool = false, topicId: String? = nil,
        opensAt: Date, closesAt: Date, questions: [PollQuestion], createdAt: Date
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.municipalityId = municipalityId
        self.residentsOnly = residentsOnly
        self.topicId = topicId
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.questions = questions
        self.createdAt = createdAt
    }

    public func state(at now: Date) -> PollState {
        if now < opensAt { return .upcoming }
        return now < closesAt ? .open : .closed
    }
}
