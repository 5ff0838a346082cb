import ArgumentParser
import Foundation
import OtklikCore
import OtklikStore

/// `otklik-bench analytics`: times typical slices and the heat map (municipalities × blocks) on a database
/// that already has appeals (`otklik demo --appeals N`), in process, warm: each slice once to warm up,
/// then `--rounds` times. Ends with one JSON line of the figures.
struct AnalyticsBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analytics", abstract: "Time slices and the heat map on a filled database.")

    @Option(help: "The database (as OTKLIK_DATABASE_URL)") var database: String
    @Option(help: "Timed runs of each slice") var rounds = 20
    @Option(help: "The region's time zone") var timeZone = "Europe/Moscow"

    struct Case {
        var name: String
        var request: SliceRequest
    }

    func run() async throws {
        guard let zone = TimeZone(identifier: timeZone) else { throw ValidationError("unknown time zone \(timeZone)") }
        let opening = ContinuousClock.now
        let store = try await AppealStore.open(try DatabaseURL(database), timeZone: zone)
        print("opened (and migrated) in \(ContinuousClock.now - opening)")
        let today = LocalDate(Date(), in: zone)
        let all = try await store.slice(
            SliceRequest(measure: .count, rows: .year, from: today.adding(days: -5 * 366), to: today), visibleTo: .all
        )
        let appeals = Int64(all.total ?? 0)
        let cases = Self.cases(today: today, references: try await store.references())
        print("\(appeals) appeals; \(cases.count) slices, \(rounds) timed runs each")
        var sliceTimes: [Duration] = []
        var heatmapTimes: [Duration] = []
        for item in cases {
            _ = try await store.slice(item.request, visibleTo: .all)
            var times: [Duration] = []
            var groups = 0
            for _ in 0..<rounds {
                let start = ContinuousClock.now
                groups = try await store.slice(item.request, visibleTo: .all).groups.count
                times.append(ContinuousClock.now - start)
            }
            let summary = LatencySummary(times)
            print(String(format: "%-44@ %5d groups  p50 %8.2f ms  p95 %8.2f ms", item.name as NSString, groups, summary.percentile(50), summary.percentile(95)))
            if item.name.hasPrefix("heat map") { heatmapTimes += times } else { sliceTimes += times }
        }
        let slices = LatencySummary(sliceTimes)
        let heatmap = LatencySummary(heatmapTimes)
        print("all slices: p50 \(String(format: "%.2f", slices.percentile(50))) ms, p95 \(String(format: "%.2f", slices.percentile(95))) ms")
        print(
            "{\"appeals\":\(appeals),\"sliceP95Ms\":\(String(format: "%.2f", slices.percentile(95))),\"heatmapP95Ms\":\(String(format: "%.2f", heatmap.percentile(95))),\"duckdbP95Ms\":null}"
        )
        try await store.close()
    }

    static func cases(today: LocalDate, references: ReferenceData) -> [Case] {
        func last(_ days: Int, _ measure: SliceMeasure, _ rows: SliceDimension, _ columns: SliceDimension? = nil, filter: SliceFilter = SliceFilter())
            -> SliceRequest
        {
            SliceRequest(measure: measure, rows: rows, columns: columns, from: today.adding(days: 1 - days), to: today, filter: filter)
        }
        var oneMunicipality = SliceFilter()
        oneMunicipality.restrict(.municipality, to: [references.municipalities.first?.id ?? ""])
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
