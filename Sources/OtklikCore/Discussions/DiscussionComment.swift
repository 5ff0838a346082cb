import Foundation

/// A resident's comment in a discussion: the name they chose to show (never their address), the text, and
/// what moderation found and decided.
public struct DiscussionComment: Codable, Sendable, Equatable {
    public var id: String
    public var discussionId: String
    public var displayName: String
    public var text: String
    public var status: CommentStatus
    /// What the moderator is shown beside it (`CommentScreening`).
    public var flags: [String]
    public var spamScore: Double
    public var createdAt: Date
    public var moderatedAt: Date?
    public var moderatorId: String?
    public var reason: String?

    public init(
        id: String, discussionId: String, displayName: String, text: String, status: CommentStatus = .pending, flags: [String] = [],
        spamScore: Double = 0, createdAt: Date, moderatedAt: Date? = nil, moderatorId: String? = nil, reason: String? = nil
    ) {
        self.id = id
        self.discussionId = discussionId
        self.displayName = displayName
        self.text = text
        self.status = status
        self.flags = flags
        self.spamScore = spamScore
        self.createdAt = createdAt
        self.moderatedAt = moderatedAt
        self.moderatorId = moderatorId
        self.reason = reason
    }
}
