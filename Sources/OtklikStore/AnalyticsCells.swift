import Foundation
import OtklikCore
import SQLKit

/// Reading and writing the analytics rollup (`analytics_cells`, `analytics_answer_days`): a `Rollup` of
/// changes is added to the stored counts, one upsert per table for all of them.
enum AnalyticsCells {
    /// The key columns, in the order both tables have them.
    static let keyColumns = "day, municipality_id, block_id, topic_id, body_id, channel, kind, status"
    static let countColumns =
        "appeals, repeated, postponed, answered, answered_in_term, settled_late, rated, satisfied, redirected"
    /// Rows per statement: 17 binds a row keeps well under both engines' limits.
    static let chunk = 100

    static func add(_ changes: Rollup, in db: any SQLDatabase) async throws {
        let cells = Array(changes.cells.filter { !$0.value.isZero })
        for start in stride(from: 0, to: cells.count, by: chunk) {
            let rows = cells[start..<min(start + chunk, cells.count)].map { key, c -> SQLQueryString in
                "(\(binds: values(key)), \(bind: c.appeals), \(bind: c.repeated), \(bind: c.postponed), \(bind: c.answered), \(bind: c.answeredInTerm), \(bind: c.settledLate), \(bind: c.rated), \(bind: c.satisfied), \(bind: c.redirected))"
            }
            try await db.raw(
                """
                INSERT INTO analytics_cells (\(unsafeRaw: keyColumns), \(unsafeRaw: countColumns)) VALUES \(rows.joined(separator: ", "))
                ON CONFLICT (\(unsafeRaw: keyColumns)) DO UPDATE SET appeals = analytics_cells.appeals + excluded.appeals,
                  repeated = analytics_cells.repeated + excluded.repeated, postponed = analytics_cells.postponed + excluded.postponed,
                  answered = analytics_cells.answered + excluded.answered,
                  answered_in_term = analytics_cells.answered_in_term + excluded.answered_in_term,
                  settled_late = analytics_cells.settled_late + excluded.settled_late, rated = analytics_cells.rated + excluded.rated,
                  satisfied = analytics_cells.satisfied + excluded.satisfied, redirected = analytics_cells.redirected + excluded.redirected
                """
            ).run()
        }
        let days = Array(changes.answerDays.filter { $0.value != 0 })
        for start in stride(from: 0, to: days.count, by: chunk) {
            let rows = days[start..<min(start + chunk, days.count)].map { key, n -> SQLQueryString in
                "(\(binds: values(key.cell)), \(bind: Int64(key.days)), \(bind: n))"
            }
            try await db.raw(
                """
                INSERT INTO analytics_answer_days (\(unsafeRaw: keyColumns), days, n) VALUES \(rows.joined(separator: ", "))
                ON CONFLICT (\(unsafeRaw: keyColumns), days) DO UPDATE SET n = analytics_answer_days.n + excluded.n
                """
            ).run()
        }
    }

    /// The stored cells and answer days of the receipt days `from…to`.
    static func read(from: LocalDate, to: LocalDate, in db: any SQLDatabase) async throws -> Rollup {
        var rollup = Rollup()
        let cells = try await db.raw(
            """
            SELECT \(unsafeRaw: keyColumns), \(unsafeRaw: countColumns) FROM analytics_cells
            WHERE day >= \(bind: from.dayNumber) AND day <= \(bind: to.dayNumber) AND appeals <> 0
            """
        ).all()
        for row in cells {
            var counts = RollupCounts()
            counts.appeals = try row.decode(column: "appeals", as: Int64.self)
            counts.repeated = try row.decode(column: "repeated", as: Int64.self)
            counts.postponed = try row.decode(column: "postponed", as: Int64.self)
            counts.answered = try row.decode(column: "answered", as: Int64.self)
            counts.answeredInTerm = try row.decode(column: "answered_in_term", as: Int64.self)
            counts.settledLate = try row.decode(column: "settled_late", as: Int64.self)
            counts.rated = try row.decode(column: "rated", as: Int64.self)
            counts.satisfied = try row.decode(column: "satisfied", as: Int64.self)
            counts.redirected = try row.decode(column: "redirected", as: Int64.self)
            rollup.cells[try key(row)] = counts
        }
        let days = try await db.raw(
            """
            SELECT \(unsafeRaw: keyColumns), days, n FROM analytics_answer_days
            WHERE day >= \(bind: from.dayNumber) AND day <= \(bind: to.dayNumber) AND n <> 0
            """
        ).all()
        for row in days {
            let key = AnswerDaysKey(cell: try key(row), days: Int(try row.decode(column: "days", as: Int64.self)))
            rollup.answerDays[key] = try row.decode(column: "n", as: Int64.self)
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
