import Foundation

/// The time to the body's first reaction (issue 7; rules.md §3.3 K5): from registration (receipt when
/// the item was never registered) to the executor's first action, in calendar hours. The rollup sums its
/// minutes for the mean and counts whole hours for the median.
public enum ReactionHours {
    /// Longer reactions are counted here, as «this many hours or more» (ten days).
    public static let cap = 240

    /// The minutes to the first reaction; nil before the body reacted.
    public static func minutes(of appeal: Appeal) -> Int64? {
        guard let reactedAt = appeal.reactedAt else { return nil }
        return max(0, Int64(reactedAt.timeIntervalSince(appeal.registeredAt ?? appeal.receivedAt) / 60))
    }

    /// The whole hours to the first reaction, at most `cap`; nil before the body reacted.
    public static func of(_ appeal: Appeal) -> Int? {
        minutes(of: appeal).map { Int(min($0 / 60, Int64(cap))) }
    }
}
