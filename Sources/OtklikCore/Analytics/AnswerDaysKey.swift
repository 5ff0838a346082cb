/// A rollup cell's items answered in a given number of days (`AnswerDays`).
public struct AnswerDaysKey: Hashable, Sendable {
    public var cell: RollupKey
    public var days: Int

    public init(cell: RollupKey, days: Int) {
        self.cell = cell
        self.days = days
    }
}
