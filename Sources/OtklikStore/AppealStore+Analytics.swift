import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// Where a slice's figures come from: the rollup kept with every change, or the items themselves (the
    /// oracle: slower, and always the same figures).
    public enum SliceSource: String, Sendable, CaseIterable {
        case rollup
        case raw
    }

    /// A slice over what `scope` may see, at `now` (which decides what runs past its term).
    public func slice(
        _ request: SliceRequest, visibleTo scope: Scope, source: SliceSource = .rollup, now: Date = Timestamp.now()
    ) async throws -> Slice {
        var scoped = request
        scoped.filter = request.filter.restricted(to: scope)
        var result: Slice
        switch source {
        case .raw:
            result = SliceEngine.slice(scoped, from: try await rollup(from: scoped.previousFrom, to: scoped.to, source: .raw, now: now))
        case .rollup:
            // Filtered and summed to the slice's groups in the database; the engine only divides and orders.
            result = SliceEngine.slice(scoped, fromProjected: try await summedRollup(for: scoped, now: now))
        }
        result.request = request
        return result
    }

    /// The stored rollup as `request` needs it (`AnalyticsCells.read(for:in:)`), with the items running
    /// past their term now, filtered and reduced the same way.
    func summedRollup(for request: SliceRequest, now: Date) async throws -> Rollup {
        let zone = timeZone
        let start = request.previousFrom.startMillis(in: zone)
        let end = request.to.adding(days: 1).startMillis(in: zone)
        return try await backend.read { db in
            var rollup = try await AnalyticsCells.read(for: request, in: db)
            for key in try await Self.runningLate(from: start, to: end, now: now, timeZone: zone, in: db) where request.filter.matches(key) {
                rollup.runningLate[request.projected(key), default: 0] += 1
            }
            return rollup
        }
    }

    /// The rollup of the items received on the days `from…to`, cell by cell, read from the stored cells or
    /// counted from the items (the two must be equal).
    public func rollup(from: LocalDate, to: LocalDate, source: SliceSource, now: Date = Timestamp.now()) async throws -> Rollup {
        let start = from.startMillis(in: timeZone)
        let end = to.adding(days: 1).startMillis(in: timeZone)
        let zone = timeZone
        return try await backend.read { db in
            switch source {
            case .raw:
                let appeals = try await db.raw("SELECT doc FROM appeals WHERE received_at >= \(bind: start) AND received_at < \(bind: end)")
                    .all().map(AppealRows.decode)
                return Rollup(appeals: appeals, timeZone: zone, now: now).compacted
            case .rollup:
                var rollup = try await AnalyticsCells.read(from: from, to: to, in: db)
                for key in try await Self.runningLate(from: start, to: end, now: now, timeZone: zone, in: db) {
                    rollup.runningLate[key, default: 0] += 1
                }
                return rollup
            }
        }
    }

    /// The cells of items received in `[from, to)` whose term runs and has passed at `now`: they change with
    /// time, not with an event, so they are read from the index of running terms (few: the open items).
    static func runningLate(from start: Int64, to end: Int64, now: Date, timeZone: TimeZone, in db: any SQLDatabase) async throws -> [RollupKey] {
        try await db.raw(
            """
            SELECT received_at, municipality_id, block_id, topic_id, body_id, channel, kind, status FROM appeals
            WHERE open_due_at < \(bind: Timestamp.millis(now)) AND received_at >= \(bind: start) AND received_at < \(bind: end)
            """
        ).all().map { row in
            RollupKey(
                day: LocalDate(Timestamp.date(millis: try row.decode(column: "received_at", as: Int64.self)), in: timeZone),
                municipalityId: try row.decode(column: "municipality_id", as: String?.self) ?? "",
                blockId: try row.decode(column: "block_id", as: String?.self) ?? "",
                topicId: try row.decode(column: "topic_id", as: String?.self) ?? "",
                bodyId: try row.decode(column: "body_id", as: String?.self) ?? "",
                channel: try row.decode(column: "channel", as: String.self), kind: try row.decode(column: "kind", as: String.self),
                status: try row.decode(column: "status", as: String.self)
            )
        }
    }

    /// Counts the stored rollup afresh from the items, page by page (a migration's step; also after the
    /// region's time zone changes, which moves items between days).
    static func rebuildAnalytics(in db: any SQLDatabase, timeZone: TimeZone) async throws {
        try await db.raw("DELETE FROM analytics_cells").run()
        try await db.raw("DELETE FROM analytics_answer_days").run()
        var rollup = Rollup()
        var after: (Int64, String)?
        while true {
            var sql: SQLQueryString = "SELECT doc, received_at, id FROM appeals"
            if let after { sql += " WHERE (received_at, id) > (\(bind: after.0), \(bind: after.1))" }
            sql += " ORDER BY received_at, id LIMIT 2000"
            let rows = try await db.raw(sql).all()
            guard let last = rows.last else { break }
            for row in rows { rollup.add(try AppealRows.decode(row), timeZone: timeZone) }
            after = (try last.decode(column: "received_at", as: Int64.self), try last.decode(column: "id", as: String.self))
        }
        try await AnalyticsCells.add(rollup, in: db)
    }

    /// `rebuildAnalytics` in its own transaction.
    public func rebuildAnalytics() async throws {
        let zone = timeZone
        try await backend.write { db in try await Self.rebuildAnalytics(in: db, timeZone: zone) }
    }
}
