import Foundation

/// A public discussion (M13; issue 9): a question the centre puts to residents for comments, for the region
/// or a municipality, open between two instants. Comments appear only once a moderator publishes them.
public struct Discussion: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var description: String?
    /// Nil: the whole region.
    public var municipalityId: String?
    public var topicId: String?
    public var opensAt: Date
    public var closesAt: Date
    public var createdAt: Date

    public init(
        id: String, title: String, description: String? = nil, municipalityId: String? = nil, topicId: String? = nil, opensAt: Date, closesAt: Date,
        createdAt: Date
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.municipalityId = municipalityId
        self.topicId = topicId
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.createdAt = createdAt
    }

    /// What is wrong with it, by the rules a poll's title, window and place follow (`PollRules.headerErrors`).
    public func errors(municipalityIds: Set<String>, rubricator: Rubricator) -> [FieldError] {
        PollRules.headerErrors(
            title: title, description: description, opensAt: opensAt, closesAt: closesAt, municipalityId: municipalityId, topicId: topicId,
            municipalityIds: municipalityIds, rubricator: rubricator
        )
    }

    /// Comments are taken while it is open (the same window as a poll's).
    public func state(at now: Date) -> PollState {
        if now < opensAt { return .upcoming }
        return now < closesAt ? .open : .closed
    }
}
