import Foundation

/// Where an item stands against its term (Регламент МЦУ: «в срок», «скоро срок», «просрочено»).
public enum TermState: String, Codable, Sendable, CaseIterable {
    /// No term runs: none set, or the item is answered or finished.
    case none
    case onTime
    case dueSoon
    case overdue

    public var title: String {
        switch self {
        case .none: "Срок не идёт"
        case .onTime: "В срок"
        case .dueSoon: "Скоро срок"
        case .overdue: "Просрочено"
        }
    }

    /// The state of `appeal` at `now`; «скоро срок» when less than `soon` is left.
    public static func of(_ appeal: Appeal, at now: Date, soon: TimeInterval) -> TermState {
        guard appeal.status.termRuns, let due = appeal.controlDueAt else { return .none }
        if due < now { return .overdue }
        return due.timeIntervalSince(now) < soon ? .dueSoon : .onTime
    }

    /// Whether the item missed its term by `now` («просрочено» in the § 5.2 counts and the analytics): while
    /// its term runs, the term has passed; once the term stopped (answered or finished), it stopped after it.
    public static func missed(_ appeal: Appeal, at now: Date) -> Bool {
        appeal.status.termRuns ? of(appeal, at: now, soon: 0) == .overdue : settledLate(appeal)
    }

    /// The term while it runs, nil once the item is answered, postponed or finished: the items late at any
    /// moment are those whose running term ended before it.
    public static func runningDue(_ appeal: Appeal) -> Date? {
        appeal.status.termRuns ? appeal.controlDueAt : nil
    }

    /// The part of `missed` that no longer changes with time: the term stopped after it ran out.
    public static func settledLate(_ appeal: Appeal) -> Bool {
        guard !appeal.status.termRuns, let due = appeal.controlDueAt, let done = appeal.answeredAt ?? appeal.closedAt else { return false }
        return done > due
    }
}
