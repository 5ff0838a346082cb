import Foundation
import OtklikCore
import SQLKit

/// The analytics rollup in memory (`RollupCube`): loaded once after the server starts, then brought up to
/// date before each slice from the rows changed since the last event it saw (`analytics_cells.revision`)
/// and the running terms of the items those events touched, so changes another server process made on
/// the same PostgreSQL are counted too. A rebuilt rollup (`analytics-generation`) is loaded again.
actor AnalyticsProjection {
    static let generationCounter = "analytics-generation"
    private var cube = RollupCube()
    private var lastSeq: Int64 = 0
    private var generation: Int64 = 0
    private var loading: Task<Void, any Error>?
    /// The last catch-up asked for: each waits for the one before, so rows are set in the order they were read.
    private var updating: Task<Void, any Error>?

    /// Starts loading in the background (once).
    func start(_ backend: any DatabaseBackend, timeZone: TimeZone) {
        guard loading == nil else { return }
        loading = Task { try await load(backend, timeZone: timeZone) }
    }

    /// The cube, up to date with everything committed before the call.
    func current(_ backend: any DatabaseBackend, timeZone: TimeZone) async throws -> RollupCube {
        start(backend, timeZone: timeZone)
        do {
            try await loading?.value
        } catch {
            loading = nil
            throw error
        }
        let previous = updating
        let update = Task {
            try? await previous?.value
            try await catchUp(backend, timeZone: timeZone)
        }
        updating = update
        try await update.value
        return cube
    }

    private func load(_ backend: any DatabaseBackend, timeZone: TimeZone) async throws {
        // The log's head before the first page: whatever changes during the load is read again after it.
        let (head, generation, days) = try await backend.read { db in
            (
                try await Self.head(db), try await Self.generation(db),
                try await db.raw("SELECT MIN(day) AS first, MAX(day) AS last FROM analytics_cells").first()
            )
        }
        var cube = RollupCube()
        if let days, let first = try days.decode(column: "first", as: Int64?.self), let last = try days.decode(column: "last", as: Int64?.self) {
            for start in stride(from: first, through: last, by: 7) {
                let rows = try await backend.read { db in
                    (
                        try await db.raw(Self.cells(where: "day >= \(bind: start) AND day < \(bind: start + 7)")).all(),
                        try await db.raw(Self.durations(where: "day >= \(bind: start) AND day < \(bind: start + 7)")).all()
                    )
                }
                try Self.set(cells: rows.0, durations: rows.1, in: &cube)
            }
        }
        var after: (due: Int64, id: String)?
        while true {
            let cursor = after
            let rows = try await backend.read { db in
                let condition: SQLQueryString =
                    cursor.map { "(open_due_at, id) > (\(bind: $0.due), \(bind: $0.id))" } ?? "open_due_at IS NOT NULL"
                return try await db.raw(Self.running(where: condition) + " ORDER BY open_due_at, id LIMIT 5000").all()
            }
            guard let last = rows.last else { break }
            try Self.set(running: rows, timeZone: timeZone, in: &cube)
            after = (try last.decode(column: "open_due_at", as: Int64.self), try last.decode(column: "id", as: String.self))
        }
        self.cube = cube
        lastSeq = head
        self.generation = generation
    }

    /// Sets the rows changed since `lastSeq`, or loads everything again after a rebuild.
    private func catchUp(_ backend: any DatabaseBackend, timeZone: TimeZone) async throws {
        let since = lastSeq
        let known = generation
        let changes = try await backend.read { db -> (head: Int64, cells: [any SQLRow], durations: [any SQLRow], running: [any SQLRow])? in
            let head = try await Self.head(db)
            guard try await Self.generation(db) == known else { return nil }
            guard head != since else { return (head, [], [], []) }
            return (
                head, try await db.raw(Self.cells(where: "revision > \(bind: since)")).all(),
                try await db.raw(Self.durations(where: "revision > \(bind: since)")).all(),
                try await db.raw(
                    Self.running(where: "id IN (SELECT appeal_id FROM events WHERE seq > \(bind: since) AND seq <= \(bind: head))")
                ).all()
            )
        }
        guard let changes else {
            try await load(backend, timeZone: timeZone)
            return
        }
        try Self.set(cells: changes.cells, durations: changes.durations, in: &cube)
        try Self.set(running: changes.running, timeZone: timeZone, in: &cube)
        lastSeq = changes.head
    }

    private static func cells(where condition: SQLQueryString) -> SQLQueryString {
        "SELECT \(unsafeRaw: AnalyticsCells.keyColumns), \(unsafeRaw: AnalyticsCells.countColumns) FROM analytics_cells WHERE " + condition
    }

    private static func durations(where condition: SQLQueryString) -> SQLQueryString {
        "SELECT \(unsafeRaw: AnalyticsCells.keyColumns), bucket, n FROM analytics_durations WHERE " + condition
    }

    /// Items with their cell columns and running term; a term that stopped reads as NULL.
    private static func running(where condition: SQLQueryString) -> SQLQueryString {
        "SELECT id, open_due_at, \(unsafeRaw: AppealRows.rollupKeyColumns) FROM appeals WHERE " + condition
    }

    private static func set(cells: [any SQLRow], durations: [any SQLRow], in cube: inout RollupCube) throws {
        for row in cells { cube.setCell(try AnalyticsCells.key(row), to: try AnalyticsCells.counts(row)) }
        for row in durations {
            let key = DurationKey(cell: try AnalyticsCells.key(row), bucket: try AnalyticsCells.bucket(row))
            cube.setDuration(key, to: try row.decode(column: "n", as: Int64.self))
        }
    }

    private static func set(running rows: [any SQLRow], timeZone: TimeZone, in cube: inout RollupCube) throws {
        for row in rows {
            let due = try row.decode(column: "open_due_at", as: Int64?.self)
            cube.setRunning(
                try row.decode(column: "id", as: String.self), in: due == nil ? nil : try AppealRows.rollupKey(row, timeZone: timeZone),
                dueMillis: due
            )
        }
    }

    private static func head(_ db: any SQLDatabase) async throws -> Int64 {
        try await db.raw("SELECT COALESCE(MAX(seq), 0) AS seq FROM events").first()?.decode(column: "seq", as: Int64.self) ?? 0
    }

    private static func generation(_ db: any SQLDatabase) async throws -> Int64 {
        try await db.raw("SELECT value FROM counters WHERE name = \(bind: generationCounter)").first()?.decode(column: "value", as: Int64.self) ?? 0
    }
}
