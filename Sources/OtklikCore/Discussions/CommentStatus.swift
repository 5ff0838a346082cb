/// Where a resident's comment stands in moderation: every comment waits for a moderator before anyone sees it.
public enum CommentStatus: String, Codable, Sendable, CaseIterable {
    case pending
    case published
    case rejected

    public var title: String {
        switch self {
        case .pending: "На модерации"
        case .published: "Опубликован"
        case .rejected: "Отклонён"
        }
    }
}
