import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// How many appeals `scope` sees in each of `statuses` (from the rollup `appeal_counts`), and how many are
    /// overdue now (from the open terms' index): the inbox's counters, at the same cost at any size of history.
    public func counters(of statuses: [AppealStatus], visibleTo scope: Scope, now: Date = Timestamp.now()) async throws -> InboxCounters {
        let byStatus: SQLQueryString =
            "SELECT status, CAST(SUM(n) AS BIGINT) AS n FROM appeal_counts WHERE status IN (\(binds: statuses.map(\.rawValue)))" + Self.condition(for: scope)
            + " GROUP BY status"
        let overdue: SQLQueryString = "SELECT COUNT(*) AS n FROM appeals WHERE open_due_at < \(bind: Timestamp.millis(now))" + Self.condition(for: scope)
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
