/// A group's sums over its rollup cells: every measure is computed from these.
public struct SliceTally: Equatable, Sendable {
    public var counts = RollupCounts()
    public var runningLate: Int64 = 0
    /// Answered items by the days they took.
    public var answerDays: [Int: Int64] = [:]

    public init() {}

    /// Whether the group has anything in it (cells emptied by changes do not make a group).
    public var isEmpty: Bool { counts.appeals == 0 && runningLate == 0 }
}
