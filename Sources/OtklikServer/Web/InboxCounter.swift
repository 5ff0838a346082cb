import OtklikCore
import OtklikStore

/// The counters over the inbox (issue 3): each is a set of statuses, or the overdue items, and links to
/// the inbox filtered the same way, so the number and the list behind it never disagree.
enum InboxCounter: String, CaseIterable, Sendable {
    case new, working, overdue, rework, postponed

    var title: String {
        switch self {
        case .new: "Новые"
        case .working: "В работе"
        case .overdue: "Просрочены"
        case .rework: "На доработке"
        case .postponed: "Отложены"
        }
    }

    var statuses: [AppealStatus] {
        switch self {
        case .new: [.new, .registered, .returned]
        case .working: [.assigned, .inProgress, .redirected, .reopened, .answered]
        case .overdue: []
        case .rework: [.rework]
        case .postponed: [.postponed]
        }
    }

    var query: String {
        self == .overdue ? "overdue=true" : "status=" + statuses.map(\.rawValue).joined(separator: ",")
    }

    func count(in counters: InboxCounters) -> Int {
        self == .overdue ? counters.overdue : statuses.reduce(0) { $0 + counters[$1] }
    }
}
