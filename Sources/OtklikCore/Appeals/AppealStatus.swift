/// Where an appeal stands in its workflow.
public enum AppealStatus: String, Codable, Sendable, CaseIterable {
    case new
    case registered
    case assigned
    case inProgress = "in_progress"
    case postponed
    case redirected
    case returned
    case answered
    case rework
    case closed
    case rejected
    case merged
    case reopened

    public var title: String {
        switch self {
        case .new: "Новое"
        case .registered: "Зарегистрировано"
        case .assigned: "Направлено в орган"
        case .inProgress: "В работе"
        case .postponed: "Отложено"
        case .redirected: "Перенаправлено"
        case .returned: "Возвращено в ЦУР"
        case .answered: "Дан ответ"
        case .rework: "На доработке"
        case .closed: "Закрыто"
        case .rejected: "Отказано по закону"
        case .merged: "Объединено с дубликатом"
        case .reopened: "Возобновлено"
        }
    }

    /// Final statuses: no term runs and nothing is overdue.
    public var isFinal: Bool {
        switch self {
        case .closed, .rejected, .merged: true
        default: false
        }
    }

    /// Whether the answer term runs in this status: not once answered or finished.
    public var termRuns: Bool { !isFinal && self != .answered }
}
