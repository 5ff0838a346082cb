/// Where an item stands, as its author is told on the public side: the workflow's statuses in the citizen's
/// words, without the centre's inner steps (registration, assignment, rework are all «на рассмотрении»).
public enum PublicStage: String, Codable, Sendable, CaseIterable {
    case accepted
    case inReview = "in_review"
    case extended
    case answered
    case refused
    case merged
    case reopened

    public static func of(_ appeal: Appeal) -> PublicStage {
        switch appeal.status {
        case .new, .registered: .accepted
        case .assigned, .inProgress, .redirected, .returned, .answered, .rework: appeal.extendedAnswerDueAt == nil ? .inReview : .extended
        case .postponed: .extended
        case .closed: .answered
        case .rejected: .refused
        case .merged: .merged
        case .reopened: .reopened
        }
    }

    public var title: String {
        switch self {
        case .accepted: "Принято"
        case .inReview: "На рассмотрении"
        case .extended: "Срок рассмотрения продлён"
        case .answered: "Дан ответ"
        case .refused: "Оставлено без ответа по существу"
        case .merged: "Объединено с другим обращением о той же проблеме"
        case .reopened: "Рассмотрение возобновлено"
        }
    }
}
