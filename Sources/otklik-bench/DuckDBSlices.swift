import Foundation
import OtklikCore

/// The bench's slices as SQL over one CSV row per item (`GeneratedRegion`), timed by DuckDB in a Python
/// process (`scripts/duckdb_slices.py`) beside the rollup in memory: the same question, asked of the
/// items the way an analyst's column store would answer it.
enum DuckDBSlices {
    struct Timing: Decodable {
        var name: String
        var p50: Double
        var p95: Double
        var rows: Int
    }

    struct Report: Decodable {
        var loadSeconds: Double
        var items: Int
        /// Over every timed run of every query, as the bench's own p95.
        var allP95: Double
        var results: [Timing]
    }

    /// The query of `request`; nil for a measure the CSV does not carry (the bench's cases use none of them).
    static func sql(_ request: SliceRequest, nowMillis: Int64) -> String? {
        func column(_ dimension: SliceDimension) -> String {
            switch dimension {
            case .day: "day"
            case .week: "date_trunc('week', day)"
            case .month: "date_trunc('month', day)"
            case .quarter: "date_trunc('quarter', day)"
            case .year: "date_trunc('year', day)"
            default: dimension.rawValue
            }
        }
        let late = "sum(settled_late) + count(*) FILTER (WHERE due < \(nowMillis))"
        let value: String
        switch request.measure {
        case .count: value = "count(*)"
        case .new: value = "count(*) - sum(repeated)"
        case .repeated: value = "sum(repeated)"
        case .overdue: value = late
        case .overdueShare: value = "(\(late)) / count(*)"
        case .postponed: value = "sum(postponed)"
        case .onTimeShare: value = "sum(answered_in_term) / nullif(sum(answered), 0)"
        case .medianAnswerDays: value = "quantile_disc(answer_days, 0.5)"
        case .p90AnswerDays: value = "quantile_disc(answer_days, 0.9)"
        case .satisfactionShare: value = "sum(satisfied) / nullif(sum(rated), 0)"
        case .redirectShare: value = "sum(redirected) / count(*)"
        case .repeatedShare: value = "sum(repeated) / count(*)"
        default: return nil
        }
        var conditions = ["day BETWEEN DATE '\(request.previousFrom.iso)' AND DATE '\(request.to.iso)'"]
        for (dimension, values) in request.filter.allowed.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            conditions.append("\(dimension.rawValue) IN (\(values.sorted().map { "'\($0)'" }.joined(separator: ", ")))")
        }
        let groups = request.cuts.map(column) + ["day >= DATE '\(request.from.iso)'"]
        return "SELECT \(groups.joined(separator: ", ")), \(value) AS value FROM items WHERE \(conditions.joined(separator: " AND ")) GROUP BY ALL"
    }

    /// Runs the script with the cases and reads its report.
    static func run(python: String, script: URL, csv: URL, cases: [(name: String, sql: String)], rounds: Int) throws -> Report {
        let input = csv.deletingLastPathComponent().appendingPathComponent("duckdb-queries.json")
        let queries: [[String: String]] = cases.map { ["name": $0.name, "sql": $0.sql] }
        let payload: [String: Any] = ["csv": csv.path, "rounds": rounds, "queries": queries]
        try JSONSerialization.data(withJSONObject: payload).write(to: input)
        let data = try ChildProcess.output(python, [script.path, input.path], failure: "the DuckDB script failed")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Report.self, from: data)
    }
}
