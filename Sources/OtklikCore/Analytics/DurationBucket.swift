/// One bar of the rollup's histogram of times: an answer that took some days (`AnswerDays`) or a first
/// reaction that took some hours (`ReactionHours`). The two share one numbering (answer days first), so
/// the store keeps them in one table and the cube in one column, and medians read from them equal those
/// counted from the items.
public enum DurationBucket: Hashable, Sendable {
    case answerDays(Int)
    case reactionHours(Int)

    /// How many numbers there are: every bucket's number is below this.
    public static let count = AnswerDays.cap + 1 + ReactionHours.cap + 1

    public var number: Int {
        switch self {
        case .answerDays(let days): days
        case .reactionHours(let hours): AnswerDays.cap + 1 + hours
        }
    }

    /// The bucket of a stored number; nil for a number no bucket has.
    public init?(number: Int) {
        switch number {
        case 0...AnswerDays.cap: self = .answerDays(number)
        case (AnswerDays.cap + 1)..<Self.count: self = .reactionHours(number - AnswerDays.cap - 1)
        default: return nil
        }
    }

    /// The nearest-rank percentile (`q` in 0…1) of a histogram (value → items): the least value that `q`
    /// of the items have at most. Nil for no items.
    public static func percentile(_ q: Double, of histogram: [Int: Int64]) -> Int? {
        let total = histogram.values.reduce(0, +)
        guard total > 0 else { return nil }
        let rank = max(1, Int64((q * Double(total)).rounded(.up)))
        var seen: Int64 = 0
        for value in histogram.keys.sorted() {
            seen += histogram[value] ?? 0
            if seen >= rank { return value }
        }
        return histogram.keys.max()
    }
}
