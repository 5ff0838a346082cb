import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// How many appeals `scope` sees in each status, and how many of them are overdue now: the inbox's counters.
    public func counters(visibleTo scope: Scope, now: Date = Timestamp.now()) async throws -> InboxCounters {
        let running = AppealStatus.allCases.filter(\.termRuns).map(\.rawValue)
        let millis = Timestamp.millis(now)
        let byStatus: SQLQueryString = "SELECT status, COUNT(*) AS n FROM appeals WHERE 1 = 1" + Self.condition(for: scope) + " GROUP BY status"
        let overdue: SQLQueryString =
            "SELECT COUNT(*) AS n FROM appeals WHERE due_at IS NOT NULL AND due_at < \(bind: millis) AND status IN (\(binds: running))"
            + Self.condition(for: scope)
        return try await backend.read { db in
            var counters = InboxCounters()
            for row in try await db.raw(byStatus).all() {
                if let status = AppealStatus(rawValue: try row.decode(column: "status", as: String.self)) {
                    counters.byStatus[status] = Int(try row.decode(column: "n", as: Int64.self))
                }
            }
            counters.overdue = Int(try await db.raw(overdue).first()?.decode(column: "n", as: Int64.self) ?? 0)
            return counters
        }
    }
}
