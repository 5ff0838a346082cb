/// The time to the body's first reaction (issue 7; rules.md §3.3 K5) in working hours: the office minutes
/// counted on the item when the reaction happened (`Appeal.reactionWorkingMinutes`). The rollup sums the
/// minutes for the mean and counts whole hours for the median.
public enum ReactionHours {
    /// Longer reactions are counted here, as «this many working hours or more» (thirty 8-hour days).
    public static let cap = 240

    /// The working minutes to the first reaction; nil before the body reacted.
    public static func minutes(of appeal: Appeal) -> Int64? { appeal.reactionWorkingMinutes }

    /// The whole working hours to the first reaction, at most `cap`; nil before the body reacted.
    public static func of(_ appeal: Appeal) -> Int? {
        minutes(of: appeal).map { Int(min($0 / 60, Int64(cap))) }
    }
}
