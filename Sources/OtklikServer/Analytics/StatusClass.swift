import OtklikCore

/// The three stages a block's workload is drawn in (M22): still in work, answered and awaiting the check,
/// finished (`AppealStatus.isFinal`).
enum StatusClass: Int, CaseIterable {
    case inWork = 1
    case answered = 2
    case finished = 3

    init(_ status: AppealStatus) {
        self = status.isFinal ? .finished : status == .answered ? .answered : .inWork
    }

    var title: String {
        switch self {
        case .inWork: "В работе"
        case .answered: "Дан ответ"
        case .finished: "Завершено"
        }
    }
}
