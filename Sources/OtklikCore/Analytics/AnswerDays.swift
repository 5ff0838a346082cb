import Foundation

/// The time to answer as the analytics counts it: whole days from the day of receipt to the day of the
/// answer, in the region's zone (0: answered the day it came).
public enum AnswerDays {
    /// Longer answers are counted here, as «this many or more».
    public static let cap = 120

    public static func of(_ appeal: Appeal, timeZone: TimeZone) -> Int? {
        guard let answeredAt = appeal.answeredAt else { return nil }
        let days = LocalDate(answeredAt, in: timeZone).dayNumber - LocalDate(appeal.receivedAt, in: timeZone).dayNumber
        return Int(min(max(days, 0), Int64(cap)))
    }
}
