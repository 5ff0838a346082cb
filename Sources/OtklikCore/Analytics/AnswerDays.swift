import Foundation

/// The time to answer as the analytics counts it: whole days from the day of receipt to the day of the
/// answer, in the region's zone (0: answered the day it came). The rollup keeps how many items took each
/// number of days, so medians and percentiles read from it equal those counted from the items.
public enum AnswerDays {
    /// Longer answers are counted here, as «this many or more».
    public static let cap = 120

    public static func of(_ appeal: Appeal, timeZone: TimeZone) -> Int? {
        guard let answeredAt = appeal.answeredAt else { return nil }
        let days = LocalDate(answeredAt, in: timeZone).dayNumber - LocalDate(appeal.receivedAt, in: timeZone).dayNumber
        return Int(min(max(days, 0), Int64(cap)))
    }

    /// The nearest-rank percentile (`q` in 0…1) of a histogram of days: the least number of days that
    /// `q` of the items took at most. Nil for no items.
    public static func percentile(_ q: Double, of histogram: [Int: Int64]) -> Int? {
        let total = histogram.values.reduce(0, +)
        guard total > 0 else { return nil }
        let rank = max(1, Int64((q * Double(total)).rounded(.up)))
        var seen: Int64 = 0
        for days in histogram.keys.sorted() {
            seen += histogram[days] ?? 0
            if seen >= rank { return days }
        }
        return histogram.keys.max()
    }
}
