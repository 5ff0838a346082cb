/// What an item adds to its rollup cell: one appeal, and one for each of the facts the measures count.
/// Every count is at most `appeals`, so a cell with no appeals left counts nothing.
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

    public init() {}

    /// One item's contribution.
    public init(_ appeal: Appeal) {
        appeals = 1
        repeated = appeal.repeatOf == nil ? 0 : 1
        postponed = appeal.status == .postponed ? 1 : 0
        if let answeredAt = appeal.answeredAt {
            answered = 1
            answeredInTerm = appeal.effectiveDueAt.map { answeredAt <= $0 } ?? true ? 1 : 0
        }
        settledLate = TermState.settledLate(appeal) ? 1 : 0
        if let feedback = appeal.feedback {
            rated = 1
            satisfied = feedback.satisfied ? 1 : 0
        }
        redirected = (appeal.redirectCount ?? 0) > 0 ? 1 : 0
    }

    /// Adds `other` `times` times (−1 takes an item out of the cell).
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
    }

    public var isZero: Bool { self == RollupCounts() }
}
