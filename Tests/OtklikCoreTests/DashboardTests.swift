import Foundation
import Testing

@testable import OtklikCore

@Suite("The dashboard's slices: asked at once, read back in order")
struct DashboardTests {
    let to = LocalDate(iso: "2026-11-26")!

    @Test("the spike week is the period's last 7 days and the twelve weeks before it follow on without a gap, the oldest first")
    func weeks() throws {
        let requests = Dashboard.requests(from: to.adding(days: -29), to: to, filter: SliceFilter())
        #expect(requests.count == Dashboard.headline.count + 9 + SpikeRule.standard.historyWeeks)
        let week = requests[Dashboard.headline.count + 8]
        #expect((week.from.iso, week.to.iso) == ("2026-11-20", "2026-11-26"))
        let history = requests.suffix(SpikeRule.standard.historyWeeks)
        #expect(history.allSatisfy { $0.days == 7 && $0.rows == .municipality && $0.columns == .block })
        #expect(history.last?.to == week.from.adding(days: -1))
        for (older, newer) in zip(history, history.dropFirst()) { #expect(older.to.adding(days: 1) == newer.from) }
    }

    @Test("the volume line steps by day up to two months, by week up to a year, then by month")
    func unit() {
        #expect(Dashboard.unit(days: 62) == .day)
        #expect(Dashboard.unit(days: 63) == .week)
        #expect(Dashboard.unit(days: 366) == .week)
        #expect(Dashboard.unit(days: 367) == .month)
    }

    @Test("slices from the cube side by side are the slices one by one, in the order asked")
    func sideBySide() async {
        var cube = RollupCube()
        var key = RollupKey(day: to, municipalityId: "m", blockId: "roads", topicId: "roads.repair", bodyId: "b", channel: "letter", kind: "appeal", status: "new")
        var counts = RollupCounts()
        counts.appeals = 3
        cube.setCell(key, to: counts)
        key.day = to.adding(days: -8)
        counts.appeals = 1
        cube.setCell(key, to: counts)
        let requests = Dashboard.requests(from: to.adding(days: -29), to: to, filter: SliceFilter())
        let now = Date()
        let together = await cube.slices(requests, now: now)
        #expect(together == requests.map { SliceEngine.slice($0, fromProjected: cube.rollup(for: $0, now: now)) })
        let board = Dashboard(slices: together)
        #expect(board.byBlock.total == 4)
        #expect(board.spikeWeek.to == to)
        #expect(board.dynamics.groups.map(\.row) == [to.adding(days: -8).iso, to.iso])
    }
}
