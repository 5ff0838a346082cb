import Foundation

/// The rollup of a set of items: what each cell counts, how long its answers and first reactions took
/// (`DurationBucket`), and how many of its items run past their term now. The store keeps the first two
/// with every change (time does not change them) and reads the third from the index of running terms; counted from the items themselves
/// (`init(appeals:timeZone:now:)`) it is the oracle the stored one must equal.
public struct Rollup: Equatable, Sendable {
    public var cells: [RollupKey: RollupCounts] = [:]
    public var durations: [DurationKey: Int64] = [:]
    /// Items whose term runs and has passed (`TermState.missed` of a running item): they change with time.
    public var runningLate: [RollupKey: Int64] = [:]

    public init() {}

    /// Counted from the items, at `now`.
    public init(appeals: some Sequence<Appeal>, timeZone: TimeZone, now: Date) {
        for appeal in appeals {
            add(appeal, timeZone: timeZone)
            if appeal.status.termRuns, TermState.missed(appeal, at: now) {
                runningLate[RollupKey(appeal, timeZone: timeZone), default: 0] += 1
            }
        }
    }

    /// Adds one item's cell and times `times` times (−1 takes it out, as its change does before the
    /// new state is added).
    public mutating func add(_ appeal: Appeal, timeZone: TimeZone, times: Int64 = 1) {
        let key = RollupKey(appeal, timeZone: timeZone)
        cells[key, default: RollupCounts()].add(RollupCounts(appeal), times: times)
        if let days = AnswerDays.of(appeal, timeZone: timeZone) {
            durations[DurationKey(cell: key, bucket: .answerDays(days)), default: 0] += times
        }
        if let hours = ReactionHours.of(appeal) {
            durations[DurationKey(cell: key, bucket: .reactionHours(hours)), default: 0] += times
        }
    }

    /// The same rollup without the empty cells and zero counts that changes leave behind.
    public var compacted: Rollup {
        var result = Rollup()
        result.cells = cells.filter { !$0.value.isZero }
        result.durations = durations.filter { $0.value != 0 }
        result.runningLate = runningLate.filter { $0.value != 0 }
        return result
    }
}
