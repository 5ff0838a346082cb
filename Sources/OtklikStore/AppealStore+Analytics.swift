import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// Where a slice's figures come from: the rollup in memory (`RollupCube`, kept up to date from the
    /// database), the rollup stored with every change summed by the database, or the items themselves (the
    /// oracle: slower, and always the same figures).
    public enum SliceSource: String, Sendable, CaseIterable {
        case cube
        case rollup
        case raw
    }

    /// Starts loading the rollup into memory, so the first slice after a start need not wait for it.
    public func startAnalytics() async {
        await analytics.start(backend, timeZone: timeZone)
    }

    /// A slice over what `scope` may see, at `now` (which decides what runs past its term).
    public func slice(
        _ request: SliceRequest, visibleTo scope: Scope, source: SliceSource = .cube, now: Date = Timestamp.now()
    ) async throws -> Slice {
        var scoped = request
        scoped.filter = request.filter.restricted(to: scope)
        var result: Slice
        switch source {
        case .cube:
            return try await slices([request], visibleTo: scope, now: now)[0]
        case .raw:
            result = SliceEngine.slice(scoped, from: try await rollup(from: scoped.previousFrom, to: scoped.to, counted: true, now: now))
        case .rollup:
            // Filtered and summed to the slice's groups in the database; the engine only divides and orders.
            result = SliceEngine.slice(scoped, fromProjected: try await summedRollup(for: scoped, now: now))
        }
        result.request = request
        return result
    }

    /// Several slices from one look at the rollup (a page of charts): one catch-up with the database, then
    /// the slices side by side on the cores; in the order asked.
    public func slices(
        _ requests: [SliceRequest], visibleTo scope: Scope, source: SliceSource = .cube, now: Date = Timestamp.now()
    ) async throws -> [Slice] {
        guard source == .cube else {
            var found: [Slice] = []
            for request in requests { found.append(try await slice(request, visibleTo: scope, source: source, now: now)) }
            return found
        }
        let scoped = requests.map { request in
            var scoped = request
            scoped.filter = request.filter.restricted(to: scope)
            return scoped
        }
        let cube = try await analytics.current(backend, timeZone: timeZone)
        return zip(requests, await cube.slices(scoped, now: now)).map { request, slice in
            var result = slice
            result.request = request
            return result
        }
    }

    /// The stored rollup as `request` needs it (`AnalyticsCells.read(for:in:)`), with the items running
    /// past their term now, filtered and reduced the same way.
    func summedRollup(for request: SliceRequest, now: Date) async throws -> Rollup {
        let zone = timeZone
        let received = receiptMillis(from: request.previousFrom, to: request.to)
        return try await backend.read { db in
            var rollup = try await AnalyticsCells.read(for: request, in: db)
            for key in try await Self.runningLate(received: received, now: now, timeZone: zone, in: db) where request.filter.matches(key) {
                rollup.runningLate[request.projected(key), default: 0] += 1
            }
            return rollup
        }
    }

    /// The rollup of the items received on the days `from…to`, cell by cell, read from the stored cells or
    /// (`counted`) counted from the items: the two must be equal.
    public func rollup(from: LocalDate, to: LocalDate, counted: Bool, now: Date = Timestamp.now()) async throws -> Rollup {
        let received = receiptMillis(from: from, to: to)
        let zone = timeZone
        return try await backend.read { db in
            if counted {
                let appeals = try await db.raw(
                    "SELECT doc FROM appeals WHERE received_at >= \(bind: received.lowerBound) AND received_at < \(bind: received.upperBound)"
                )
                    .all().map(AppealRows.decode)
                return Rollup(appeals: appeals, timeZone: zone, now: now).compacted
            }
            var rollup = try await AnalyticsCells.read(from: from, to: to, in: db)
            for key in try await Self.runningLate(received: received, now: now, timeZone: zone, in: db) {
                rollup.runningLate[key, default: 0] += 1
            }
            return rollup
        }
    }

    /// The instants (milliseconds) of receipt on the days `from…to` in the region's zone, the last day whole.
    func receiptMillis(from: LocalDate, to: LocalDate) -> Range<Int64> {
        from.startMillis(in: timeZone)..<to.adding(days: 1).startMillis(in: timeZone)
    }

    /// The cells of items received in `received` whose term runs and has passed at `now`: they change with
    /// time, not with an event, so they are read from the index of running terms (few: the open items).
    static func runningLate(received: Range<Int64>, now: Date, timeZone: TimeZone, in db: any SQLDatabase) async throws -> [RollupKey] {
        try await db.raw(
            """
            SELECT \(unsafeRaw: AppealRows.rollupKeyColumns) FROM appeals
            WHERE open_due_at < \(bind: Timestamp.millis(now)) AND received_at >= \(bind: received.lowerBound)
              AND received_at < \(bind: received.upperBound)
            """
        ).all().map { try AppealRows.rollupKey($0, timeZone: timeZone) }
    }

    /// Counts the stored rollup afresh from the items, page by page (a migration's step; also after the
    /// region's time zone changes, which moves items between days).
    static func rebuildAnalytics(in db: any SQLDatabase, timeZone: TimeZone) async throws {
        try await db.raw("DELETE FROM analytics_cells").run()
        try await db.raw("DELETE FROM analytics_durations").run()
        // Rows no longer stored are not seen by reading what changed: a server holding the rollup loads it again.
        try await db.raw(
            "INSERT INTO counters (name, value) VALUES (\(bind: AnalyticsProjection.generationCounter), 1) ON CONFLICT (name) DO UPDATE SET value = counters.value + 1"
        ).run()
        let head = try await db.raw("SELECT COALESCE(MAX(seq), 0) AS seq FROM events").first()?.decode(column: "seq", as: Int64.self) ?? 0
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
        try await AnalyticsCells.add(rollup, revision: head, in: db)
    }

    /// `rebuildAnalytics` in its own transaction.
    public func rebuildAnalytics() async throws {
        let zone = timeZone
        try await backend.write { db in try await Self.rebuildAnalytics(in: db, timeZone: zone) }
    }
}
