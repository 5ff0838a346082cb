import ArgumentParser
import Foundation
import OtklikCore
import OtklikStore

/// `otklik-bench analytics`: times typical slices and the heat map (municipalities × blocks), warm: each
/// slice once to warm up, then `--rounds` times; ends with one JSON line of the figures. Either on a
/// database that already has appeals (`--database`, the store's path with its catch-up before each slice),
/// or on `--generate N` items of the demo region taken through their workflows in memory (the rollup in
/// memory filled from them), with DuckDB timing the same slices over the items beside it (`--duckdb-python`).
struct AnalyticsBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analytics", abstract: "Time slices and the heat map.")

    @Option(help: "The database (as OTKLIK_DATABASE_URL)") var database: String?
    @Option(help: "Generate this many items in memory instead of reading a database") var generate: Int?
    @Option(help: "Where a database's slices come from: cube (in memory), rollup (summed by the database) or raw")
    var source = "cube"
    @Option(help: "A Python with the duckdb package, to time the same slices in DuckDB (with --generate)") var duckdbPython: String?
    @Option(help: "The DuckDB timing script") var duckdbScript = "scripts/duckdb_slices.py"
    @Option(help: "Timed runs of each slice") var rounds = 20
    @Option(help: "The region's time zone") var timeZone = "Europe/Moscow"

    struct Case {
        var name: String
        var request: SliceRequest
    }

    func run() async throws {
        guard let zone = TimeZone(identifier: timeZone) else { throw ValidationError("unknown time zone \(timeZone)") }
        guard (database == nil) != (generate == nil) else { throw ValidationError("give either --database or --generate") }
        let now = Date()
        let today = LocalDate(now, in: zone)
        let slice: (SliceRequest) async throws -> Slice
        let slices: ([SliceRequest]) async throws -> [Slice]
        var store: AppealStore?
        var csv: URL?
        let municipality: String
        if let database {
            guard let source = AppealStore.SliceSource(rawValue: source) else { throw ValidationError("unknown --source \(source)") }
            let opening = ContinuousClock.now
            let opened = try await AppealStore.open(try DatabaseURL(database), timeZone: zone)
            print("opened (and migrated) in \(ContinuousClock.now - opening)")
            municipality = try await opened.references().municipalities.first?.id ?? ""
            slice = { try await opened.slice($0, visibleTo: .all, source: source, now: now) }
            slices = { try await opened.slices($0, visibleTo: .all, source: source, now: now) }
            store = opened
        } else {
            let count = generate ?? 0
            if duckdbPython != nil { csv = FileManager.default.temporaryDirectory.appendingPathComponent("otklik-bench-items-\(count).csv") }
            let started = ContinuousClock.now
            let region = try await GeneratedRegion.generate(count, now: now, timeZone: zone, csv: csv) { done in
                if done % 1_000_000 == 0 { print("  \(done) items generated, \(ContinuousClock.now - started)") }
            }
            print("\(region.items) items in \(ContinuousClock.now - started): \(region.cube.cellCount) cells, \(region.cube.runningCount) running terms")
            let cube = region.cube
            municipality = DemoRegion.municipalities.first?.id ?? ""
            slice = { SliceEngine.slice($0, fromProjected: cube.rollup(for: $0, now: now)) }
            slices = { await cube.slices($0, now: now) }
        }
        let loading = ContinuousClock.now
        let all = try await slice(SliceRequest(measure: .count, rows: .year, from: today.adding(days: -5 * 366), to: today))
        print("first slice (loads the rollup into memory): \(ContinuousClock.now - loading)")
        let appeals = Int64(all.total ?? 0)
        let cases = Self.cases(today: today, municipality: municipality)
        print("\(appeals) appeals; \(cases.count) slices, \(rounds) timed runs each")
        var sliceTimes: [Duration] = []
        var heatmapTimes: [Duration] = []
        var p95s: [String: Double] = [:]
        for item in cases {
            _ = try await slice(item.request)
            var times: [Duration] = []
            var groups = 0
            for _ in 0..<rounds {
                let start = ContinuousClock.now
                groups = try await slice(item.request).groups.count
                times.append(ContinuousClock.now - start)
            }
            let summary = LatencySummary(times)
            p95s[item.name] = summary.percentile(95)
            print(String(format: "%-46@ %5d groups  p50 %8.2f ms  p95 %8.2f ms", item.name as NSString, groups, summary.percentile(50), summary.percentile(95)))
            if item.name.hasPrefix("heat map") { heatmapTimes += times } else { sliceTimes += times }
        }
        let sliceSummary = LatencySummary(sliceTimes)
        let heatmap = LatencySummary(heatmapTimes)
        print("all slices: p50 \(String(format: "%.2f", sliceSummary.percentile(50))) ms, p95 \(String(format: "%.2f", sliceSummary.percentile(95))) ms")
        // The dashboard page: all its slices for the last 30 days, asked at once.
        let dashboard = Dashboard.requests(from: today.adding(days: -29), to: today, filter: SliceFilter())
        _ = Dashboard(slices: try await slices(dashboard))
        var dashboardTimes: [Duration] = []
        for _ in 0..<rounds {
            let start = ContinuousClock.now
            _ = Dashboard(slices: try await slices(dashboard))
            dashboardTimes.append(ContinuousClock.now - start)
        }
        let board = LatencySummary(dashboardTimes)
        print(String(format: "dashboard (%d slices side by side): p50 %.2f ms, p95 %.2f ms", dashboard.count, board.percentile(50), board.percentile(95)))
        var duckdb = "null"
        if let duckdbPython, let csv {
            let queries = cases.compactMap { item in DuckDBSlices.sql(item.request, nowMillis: Timestamp.millis(now)).map { (name: item.name, sql: $0) } }
            let report = try DuckDBSlices.run(python: duckdbPython, script: URL(fileURLWithPath: duckdbScript), csv: csv, cases: queries, rounds: rounds)
            print("DuckDB: \(report.items) items loaded from CSV in \(String(format: "%.1f", report.loadSeconds)) s")
            for timing in report.results {
                let ours = p95s[timing.name] ?? 0
                print(String(format: "%-46@ p95 DuckDB %8.2f ms, in memory %8.2f ms (%.1f× faster)", timing.name as NSString, timing.p95, ours, timing.p95 / max(ours, 0.001)))
            }
            duckdb = String(format: "%.2f", report.allP95)
            try? FileManager.default.removeItem(at: csv)
        }
        print(
            "{\"appeals\":\(appeals),\"sliceP95Ms\":\(String(format: "%.2f", sliceSummary.percentile(95))),\"heatmapP95Ms\":\(String(format: "%.2f", heatmap.percentile(95))),\"duckdbP95Ms\":\(duckdb)}"
        )
        try await store?.close()
    }

    static func cases(today: LocalDate, municipality: String) -> [Case] {
        func last(_ days: Int, _ measure: SliceMeasure, _ rows: SliceDimension, _ columns: SliceDimension? = nil, filter: SliceFilter = SliceFilter())
            -> SliceRequest
        {
            SliceRequest(measure: measure, rows: rows, columns: columns, from: today.adding(days: 1 - days), to: today, filter: filter)
        }
        var oneMunicipality = SliceFilter()
        oneMunicipality.restrict(.municipality, to: [municipality])
        var roads = SliceFilter()
        roads.restrict(.block, to: ["roads"])
        var social = SliceFilter()
        social.restrict(.channel, to: ["vk", "ok", "telegram"])
        return [
            Case(name: "count by block, 30 days", request: last(30, .count, .block)),
            Case(name: "overdue by body, 30 days", request: last(30, .overdue, .body)),
            Case(name: "count by day, 90 days", request: last(90, .count, .day)),
            Case(name: "count by week × channel, 120 days", request: last(120, .count, .week, .channel)),
            Case(name: "on-time share by body, 30 days", request: last(30, .onTimeShare, .body)),
            Case(name: "median answer days by block, 90 days", request: last(90, .medianAnswerDays, .block)),
            Case(name: "satisfaction by municipality, 90 days", request: last(90, .satisfactionShare, .municipality)),
            Case(name: "redirect share by body, 30 days", request: last(30, .redirectShare, .body)),
            Case(name: "count by status, 7 days", request: last(7, .count, .status)),
            Case(name: "count by topic, one municipality, 30 days", request: last(30, .count, .topic, filter: oneMunicipality)),
            Case(name: "repeated by municipality, 30 days", request: last(30, .repeated, .municipality)),
            Case(name: "count by month × block, a year", request: last(365, .count, .month, .block)),
            Case(name: "p90 answer days by municipality × block, 90 d", request: last(90, .p90AnswerDays, .municipality, .block)),
            Case(name: "count by kind × channel, 30 days", request: last(30, .count, .kind, .channel)),
            Case(name: "postponed by body, 30 days", request: last(30, .postponed, .body)),
            Case(name: "new by block, social networks, 30 days", request: last(30, .new, .block, filter: social)),
            Case(name: "overdue by municipality × block, 30 days", request: last(30, .overdue, .municipality, .block)),
            Case(name: "count by quarter, a year", request: last(365, .count, .quarter)),
            Case(name: "count by body, roads, 30 days", request: last(30, .count, .body, filter: roads)),
            Case(name: "count by day × status, 30 days", request: last(30, .count, .day, .status)),
            Case(name: "heat map: count, municipality × block, 30 d", request: last(30, .count, .municipality, .block)),
            Case(name: "heat map: overdue, municipality × block, 30 d", request: last(30, .overdue, .municipality, .block)),
        ]
    }
}
