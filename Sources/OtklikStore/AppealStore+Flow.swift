import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// The § 5.2 counts of a period `[from, to)` per group, over what `scope` may see (`FlowCounts`).
    public func flowCounts(
        from: Date, to: Date, by grouping: FlowGrouping, visibleTo scope: Scope, now: Date = Timestamp.now()
    ) async throws -> [String?: FlowCounts] {
        let start = Timestamp.millis(from)
        let end = Timestamp.millis(to)
        let scoped = Self.condition(for: scope)
        let sets = try await backend.read { db in
            let received = try await db.raw(
                "SELECT doc FROM appeals WHERE received_at >= \(bind: start) AND received_at < \(bind: end)" + scoped
            ).all().map(AppealRows.decode)
            let due = try await db.raw(
                "SELECT doc FROM appeals WHERE due_at >= \(bind: start) AND due_at < \(bind: min(end, Timestamp.millis(now)))" + scoped
            ).all().map(AppealRows.decode)
            let postponed = try await db.raw(
                """
                SELECT doc FROM appeals WHERE id IN (SELECT appeal_id FROM events WHERE type = 'postpone'
                  AND at >= \(bind: start) AND at < \(bind: end))
                """ + scoped
            ).all().map(AppealRows.decode)
            return (received, due, postponed)
        }
        return FlowCounts.tally(received: sets.0, due: sets.1, postponed: sets.2, now: now, key: grouping.key)
    }
}
