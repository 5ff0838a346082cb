import Foundation
import OtklikCore
import SQLKit

/// Reading and writing the analytics rollup (`analytics_cells`, `analytics_durations`): a `Rollup` of
/// changes is added to the stored counts, one upsert per table for all of them.
enum AnalyticsCells {
    /// The key columns, in the order both tables have them.
    static let keyColumns = "day, municipality_id, block_id, topic_id, body_id, channel, kind, status"
    static let countColumns = RollupCounts.columns.map(\.name).joined(separator: ", ")
    /// Rows per statement: 29 binds a row keeps well under both engines' limits.
    static let chunk = 100

    /// Adds `changes` to the stored counts, marking the rows with `revision` (the transaction's last event).
    static func add(_ changes: Rollup, revision: Int64, in db: any SQLDatabase) async throws {
        let cells = Array(changes.cells.filter { !$0.value.isZero })
        for start in stride(from: 0, to: cells.count, by: chunk) {
            let rows = cells[start..<min(start + chunk, cells.count)].map { key, c -> SQLQueryString in
                "(\(binds: values(key)), \(binds: RollupCounts.columns.map { c[keyPath: $0.path] }), \(bind: revision))"
            }
            try await db.raw(
                """
                INSERT INTO analytics_cells (\(unsafeRaw: keyColumns), \(unsafeRaw: countColumns), revision) VALUES \(rows.joined(separator: ", "))
                ON CONFLICT (\(unsafeRaw: keyColumns)) DO UPDATE SET \(unsafeRaw: sums), revision = excluded.revision
                """
            ).run()
        }
        let durations = Array(changes.durations.filter { $0.value != 0 })
        for start in stride(from: 0, to: durations.count, by: chunk) {
            let rows = durations[start..<min(start + chunk, durations.count)].map { key, n -> SQLQueryString in
                "(\(binds: values(key.cell)), \(bind: Int64(key.bucket.number)), \(bind: n), \(bind: revision))"
            }
            try await db.raw(
                """
                INSERT INTO analytics_durations (\(unsafeRaw: keyColumns), bucket, n, revision) VALUES \(rows.joined(separator: ", "))
                ON CONFLICT (\(unsafeRaw: keyColumns), bucket) DO UPDATE SET n = analytics_durations.n + excluded.n,
                  revision = excluded.revision
                """
            ).run()
        }
    }

    /// Each count added to the stored one on conflict.
    static let sums = RollupCounts.columns.map { "\($0.name) = analytics_cells.\($0.name) + excluded.\($0.name)" }.joined(separator: ", ")

    /// The attribute cuts and their columns, in both tables and in `appeals`.
    static let attributeColumns: [(SliceDimension, String)] = [
        (.municipality, "municipality_id"), (.block, "block_id"), (.topic, "topic_id"), (.body, "body_id"), (.channel, "channel"),
        (.kind, "kind"), (.status, "status"),
    ]

    /// What a slice needs of the stored rollup, summed in the database to the slice's groups
    /// (`SliceRequest.projected`) and filtered there: a row per group and period (or day), not every cell.
    static func read(for request: SliceRequest, in db: any SQLDatabase) async throws -> Rollup {
        var rollup = Rollup()
        if request.filter.isEmpty { return rollup }
        let cuts = request.cuts
        let grouped = attributeColumns.filter { cuts.contains($0.0) }
        // Day numbers are integers the code computed, written into the text so the grouping expression is the same in both places.
        let from = String(request.from.dayNumber)
        let previousFrom = String(request.previousFrom.dayNumber)
        let day: SQLQueryString =
            cuts.contains(where: \.isPeriod)
            ? "day" : "CAST(CASE WHEN day >= \(unsafeRaw: from) THEN \(unsafeRaw: from) ELSE \(unsafeRaw: previousFrom) END AS BIGINT)"
        var conditions: SQLQueryString = "day >= \(unsafeRaw: previousFrom) AND day <= \(unsafeRaw: String(request.to.dayNumber))"
        for (dimension, column) in attributeColumns {
            guard let values = request.filter.allowed[dimension] else { continue }
            conditions += " AND \(unsafeRaw: column) IN (\(binds: values.sorted()))"
        }
        let positions = (1...(grouped.count + 1)).map(String.init).joined(separator: ", ")
        func key(_ row: any SQLRow) throws -> RollupKey {
            var values: [SliceDimension: String] = [:]
            for (dimension, column) in grouped { values[dimension] = try row.decode(column: column, as: String.self) }
            return RollupKey(
                day: LocalDate(dayNumber: try row.decode(column: "day", as: Int64.self)), municipalityId: values[.municipality] ?? "",
                blockId: values[.block] ?? "", topicId: values[.topic] ?? "", bodyId: values[.body] ?? "", channel: values[.channel] ?? "",
                kind: values[.kind] ?? "", status: values[.status] ?? ""
            )
        }
        let totals = RollupCounts.columns.map { column -> String in
            // PostgreSQL sums BIGINT as NUMERIC; both engines give BIGINT back with the cast.
            "CAST(SUM(\(column.name)) AS BIGINT) AS \(column.name)"
        }.joined(separator: ", ")
        let selected = ([day + " AS day"] + grouped.map { SQLQueryString($0.1) }).joined(separator: ", ")
        let cells = try await db.raw(
            "SELECT \(selected), \(unsafeRaw: totals) FROM analytics_cells WHERE \(conditions) AND appeals <> 0 GROUP BY \(unsafeRaw: positions)"
        ).all()
        for row in cells { rollup.cells[try key(row)] = try counts(row) }
        let durations = try await db.raw(
            """
            SELECT \(selected), bucket, CAST(SUM(n) AS BIGINT) AS n FROM analytics_durations WHERE \(conditions) AND n <> 0
            GROUP BY \(unsafeRaw: positions), \(unsafeRaw: String(grouped.count + 2))
            """
        ).all()
        for row in durations {
            rollup.durations[DurationKey(cell: try key(row), bucket: try bucket(row)), default: 0] += try row.decode(column: "n", as: Int64.self)
        }
        return rollup
    }

    static func counts(_ row: any SQLRow) throws -> RollupCounts {
        var counts = RollupCounts()
        for column in RollupCounts.columns { counts[keyPath: column.path] = try row.decode(column: column.name, as: Int64.self) }
        return counts
    }

    /// A stored row's bucket of times.
    static func bucket(_ row: any SQLRow) throws -> DurationBucket {
        let number = try row.decode(column: "bucket", as: Int64.self)
        guard let bucket = DurationBucket(number: Int(number)) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "analytics_durations: no bucket \(number)"))
        }
        return bucket
    }

    /// The stored cells and counts of times of the receipt days `from…to`, cell by cell.
    static func read(from: LocalDate, to: LocalDate, in db: any SQLDatabase) async throws -> Rollup {
        var rollup = Rollup()
        let cells = try await db.raw(
            """
            SELECT \(unsafeRaw: keyColumns), \(unsafeRaw: countColumns) FROM analytics_cells
            WHERE day >= \(bind: from.dayNumber) AND day <= \(bind: to.dayNumber) AND appeals <> 0
            """
        ).all()
        for row in cells { rollup.cells[try key(row)] = try counts(row) }
        let durations = try await db.raw(
            """
            SELECT \(unsafeRaw: keyColumns), bucket, n FROM analytics_durations
            WHERE day >= \(bind: from.dayNumber) AND day <= \(bind: to.dayNumber) AND n <> 0
            """
        ).all()
        for row in durations {
            rollup.durations[DurationKey(cell: try key(row), bucket: try bucket(row))] = try row.decode(column: "n", as: Int64.self)
        }
        return rollup
    }

    /// The eight key values of a cell, in `keyColumns` order.
    static func values(_ key: RollupKey) -> [any Encodable & Sendable] {
        [key.day.dayNumber, key.municipalityId, key.blockId, key.topicId, key.bodyId, key.channel, key.kind, key.status]
    }

    static func key(_ row: any SQLRow) throws -> RollupKey {
        RollupKey(
            day: LocalDate(dayNumber: try row.decode(column: "day", as: Int64.self)),
            municipalityId: try row.decode(column: "municipality_id", as: String.self),
            blockId: try row.decode(column: "block_id", as: String.self), topicId: try row.decode(column: "topic_id", as: String.self),
            bodyId: try row.decode(column: "body_id", as: String.self), channel: try row.decode(column: "channel", as: String.self),
            kind: try row.decode(column: "kind", as: String.self), status: try row.decode(column: "status", as: String.self)
        )
    }
}
