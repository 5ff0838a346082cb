import Foundation

/// What an item adds to its rollup cell: one appeal, and one for each of the facts the measures count.
/// Every count but `reactionMinutes` is at most `appeals`, so a cell with no appeals left counts nothing.
public struct RollupCounts: Hashable, Sendable {
    public var appeals: Int64 = 0
    public var repeated: Int64 = 0
    public var postponed: Int64 = 0
    /// An answer was given (the last one's time is `Appeal.answeredAt`).
    public var answered: Int64 = 0
    /// Of the answered, not after the term (an item without a term has none to miss).
    public var answeredInTerm: Int64 = 0
    /// The term stopped after it ran out (`TermState.settledLate`); items still running late are counted live.
    public var settledLate: Int64 = 0
    /// The citizen rated the answer, and of those, said the problem was solved (M7).
    public var rated: Int64 = 0
    public var satisfied: Int64 = 0
    /// Sent on to another body at least once.
    public var redirected: Int64 = 0
    /// Returned by a body to the centre at least once.
    public var returned: Int64 = 0
    /// Reopened after an approved answer at least once.
    public var reopened: Int64 = 0
    /// Answered, with the answer term extended (59-ФЗ ст. 12 ч. 2).
    public var extended: Int64 = 0
    /// The last answer was graded by the centre, and of those, graded «по существу».
    public var graded: Int64 = 0
    public var substantive: Int64 = 0
    /// Had a registration term, and of those, registered within it (59-ФЗ ст. 8 ч. 2).
    public var registrationTermed: Int64 = 0
    public var registeredInTerm: Int64 = 0
    /// Sent to a body with a term for it, and of those, not after it (59-ФЗ ст. 8 ч. 3).
    public var assignTermed: Int64 = 0
    public var assignedInTerm: Int64 = 0
    /// A body reacted, and the working minutes from registration (receipt before it) to that reaction, summed.
    public var reacted: Int64 = 0
    public var reactionMinutes: Int64 = 0

    public init() {}

    /// One item's contribution.
    public init(_ appeal: Appeal) {
        func one(_ fact: Bool) -> Int64 { fact ? 1 : 0 }
        appeals = 1
        repeated = one(appeal.repeatOf != nil)
        postponed = one(appeal.status == .postponed)
        if let answeredAt = appeal.answeredAt {
            answered = 1
            answeredInTerm = one(appeal.effectiveDueAt.map { answeredAt <= $0 } ?? true)
            extended = one(appeal.extendedAnswerDueAt != nil)
        }
        settledLate = one(TermState.settledLate(appeal))
        if let feedback = appeal.feedback {
            rated = 1
            satisfied = one(feedback.satisfied)
        }
        redirected = one((appeal.redirectCount ?? 0) > 0)
        returned = one((appeal.returnCount ?? 0) > 0)
        reopened = one((appeal.reopenCount ?? 0) > 0)
        if let review = appeal.answers.last?.review {
            graded = 1
            substantive = one(review.grade == .substantive)
        }
        if let due = appeal.registrationDueAt {
            registrationTermed = 1
            registeredInTerm = one(appeal.registeredAt.map { $0 <= due } ?? false)
        }
        if let due = appeal.redirectDueAt, let assignedAt = appeal.assignedAt {
            assignTermed = 1
            assignedInTerm = one(assignedAt <= due)
        }
        if let minutes = ReactionHours.minutes(of: appeal) {
            reacted = 1
            reactionMinutes = minutes
        }
    }

    /// Every count with its column name in the stored rollup, in one order: storage reads and writes them
    /// through this list, so a new count is added here once.
    public static let columns: [(name: String, path: any WritableKeyPath<RollupCounts, Int64> & Sendable)] = [
        ("appeals", \.appeals), ("repeated", \.repeated), ("postponed", \.postponed), ("answered", \.answered),
        ("answered_in_term", \.answeredInTerm), ("settled_late", \.settledLate), ("rated", \.rated), ("satisfied", \.satisfied),
        ("redirected", \.redirected), ("returned", \.returned), ("reopened", \.reopened), ("extended", \.extended), ("graded", \.graded),
        ("substantive", \.substantive), ("registration_termed", \.registrationTermed), ("registered_in_term", \.registeredInTerm),
        ("assign_termed", \.assignTermed), ("assigned_in_term", \.assignedInTerm), ("reacted", \.reacted),
        ("reaction_minutes", \.reactionMinutes),
    ]

    /// Adds `other` `times` times (−1 takes an item out of the cell). Field by field, not through `columns`:
    /// slices run this for every cell they scan, and key paths would make it several times slower.
    public mutating func add(_ other: RollupCounts, times: Int64 = 1) {
        appeals += other.appeals * times
        repeated += other.repeated * times
        postponed += other.postponed * times
        answered += other.answered * times
        answeredInTerm += other.answeredInTerm * times
        settledLate += other.settledLate * times
        rated += other.rated * times
        satisfied += other.satisfied * times
        redirected += other.redirected * times
        returned += other.returned * times
        reopened += other.reopened * times
        extended += other.extended * times
        graded += other.graded * times
        substantive += other.substantive * times
        registrationTermed += other.registrationTermed * times
        registeredInTerm += other.registeredInTerm * times
        assignTermed += other.assignTermed * times
        assignedInTerm += other.assignedInTerm * times
        reacted += other.reacted * times
        reactionMinutes += other.reactionMinutes * times
    }

    public var isZero: Bool { self == RollupCounts() }
}
