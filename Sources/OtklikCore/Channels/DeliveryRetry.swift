import Foundation

/// When a failed delivery is tried again (issue 8: «retries, backoff and a dead-letter list»): half a minute
/// after the first failure, doubling to an hour at most; after `maxAttempts` the message is dead and waits
/// for the administrator to replay it. A channel that says when to come back (Telegram's `retry_after`) is
/// believed, within the same hour.
public enum DeliveryRetry {
    public static let maxAttempts = 10
    static let first: TimeInterval = 30
    static let longest: TimeInterval = 3600

    /// When to try again after `attempts` failed attempts; nil: give up.
    public static func next(after attempts: Int, at now: Date, retryAfter: TimeInterval? = nil) -> Date? {
        guard attempts < maxAttempts else { return nil }
        let backoff = min(first * pow(2, Double(max(attempts - 1, 0))), longest)
        return now.addingTimeInterval(retryAfter.map { min(max($0, 1), longest) } ?? backoff)
    }
}
