import Foundation
import OtklikCore
import Synchronization

/// Counts the public side's submissions per key in fixed windows (`SubmissionLimits`); a key over its limit
/// is refused until its window ends. Old windows are dropped as the table grows, so memory stays bounded.
final class SubmissionLimiter: Sendable {
    let limits: SubmissionLimits
    private let windows = Mutex<[String: (start: Date, count: Int)]>([:])
    private static let pruneAbove = 100_000

    init(limits: SubmissionLimits) {
        self.limits = limits
    }

    /// Takes one submission from `address` and `author`'s contact, or throws a Russian 429 that starts with
    /// `refusal` and says how many minutes to wait, with `Retry-After`.
    func admit(address: String?, author: Author?, refusal: String) throws {
        guard let wait = take(limits.keys(address: address, author: author)) else { return }
        throw Problem.tooManyRequests(
            "\(refusal) Попробуйте через \(max(Int((wait / 60).rounded(.up)), 1)) мин.", retryAfter: Int(wait.rounded(.up))
        )
    }

    /// Takes one submission for every key, or none: nil when allowed, else the seconds until every refusing
    /// window has ended.
    private func take(_ keys: [(key: String, limit: Int)], now: Date = Date()) -> TimeInterval? {
        windows.withLock { windows in
            if windows.count > Self.pruneAbove {
                windows = windows.filter { now.timeIntervalSince($0.value.start) < limits.window }
            }
            var wait: TimeInterval?
            for (key, limit) in keys {
                guard let current = windows[key], now.timeIntervalSince(current.start) < limits.window else { continue }
                if current.count >= limit {
                    let left = limits.window - now.timeIntervalSince(current.start)
                    wait = max(wait ?? left, left)
                }
            }
            if let wait { return wait }
            for (key, _) in keys {
                if let current = windows[key], now.timeIntervalSince(current.start) < limits.window {
                    windows[key] = (current.start, current.count + 1)
                } else {
                    windows[key] = (now, 1)
                }
            }
            return nil
        }
    }
}
