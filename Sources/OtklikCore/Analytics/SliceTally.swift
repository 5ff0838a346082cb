/// A group's sums over its rollup cells: every measure is computed from these.
public struct SliceTally: Equatable, Sendable {
    public var counts = RollupCounts()
    public var runningLate: Int64 = 0
    /// Answered items by the days they took (`AnswerDays`).
    public var answerDays: [Int: Int64] = [:]
    /// Items a body reacted to by the hours it took (`ReactionHours`).
    public var reactionHours: [Int: Int64] = [:]

    public init() {}

    public mutating func add(_ bucket: DurationBucket, items n: Int64) {
        switch bucket {
        case .answerDays(let days): answerDays[days, default: 0] += n
        case .reactionHours(let hours): reactionHours[hours, default: 0] += n
        }
    }

    /// Whether the group has anything in it (cells emptied by changes do not make a group).
    public var isEmpty: Bool { counts.appeals == 0 && runningLate == 0 }
}
