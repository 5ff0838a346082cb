import Foundation
import Testing

@testable import OtklikCore

@Suite("Analytics: the rollup in memory gives the same slices as counting the items")
struct RollupCubeTests {
    let moscow = TimeZone(identifier: "Europe/Moscow")!
    let now = Timestamp.parse("2026-11-26T12:00:00+03:00")!

    /// A reproducible spread of items over 50 days: every status, cut values missing at times, answers
    /// early and late, ratings, repeats and redirects.
    func generated(_ count: Int, seed: UInt64) -> [Appeal] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { index in
            var appeal = Fixtures.appeal(AppealStatus.allCases[next(AppealStatus.allCases.count)])
            appeal.id = "a\(index)"
            appeal.receivedAt = now.addingTimeInterval(-Double(next(50 * 24)) * 3600 - Double(next(3600)))
            appeal.municipalityId = ["m1", "m2", "m3", nil][next(4)]
            appeal.blockId = ["roads", "housing", nil][next(3)]
            appeal.topicId = ["t1", "t2", "t3", "t4"][next(4)]
            appeal.bodyId = ["b1", "b2", "b3", nil][next(4)]
            appeal.channel = [.pos, .vk, .letter][next(3)]
            appeal.kind = [.appeal, .message][next(2)]
            appeal.answerDueAt = appeal.receivedAt.addingTimeInterval(Double(next(40)) * 86_400)
            if [.answered, .rework, .closed].contains(appeal.status) {
                appeal.answeredAt = appeal.receivedAt.addingTimeInterval(Double(next(45)) * 86_400)
            }
            if appeal.status == .closed, next(2) == 0 { appeal.feedback = CitizenFeedback(satisfied: next(3) > 0, comment: nil, at: now) }
            if next(5) == 0 { appeal.repeatOf = "a0" }
            if next(6) == 0 { appeal.redirectCount = 1 }
            return appeal
        }
    }

    func cube(of appeals: [Appeal]) -> RollupCube {
        let rollup = Rollup(appeals: appeals, timeZone: moscow, now: now)
        var cube = RollupCube()
        for (key, counts) in rollup.cells { cube.setCell(key, to: counts) }
        for (key, n) in rollup.durations { cube.setDuration(key, to: n) }
        for appeal in appeals { cube.setRunning(appeal, timeZone: moscow) }
        return cube
    }

    /// Every measure by a period, by one attribute, by two, with a filter, and over a period with empty days.
    func requests() -> [SliceRequest] {
        let from = LocalDate(iso: "2026-11-02")!
        let to = LocalDate(iso: "2026-11-26")!
        var filtered = SliceFilter()
        filtered.restrict(.municipality, to: ["m1", "m2", ""])
        filtered.restrict(.channel, to: ["vk", "letter"])
        var nothing = SliceFilter()
        nothing.restrict(.body, to: [])
        var requests: [SliceRequest] = []
        for measure in SliceMeasure.allCases {
            requests += [
                SliceRequest(measure: measure, rows: .day, from: from, to: to),
                SliceRequest(measure: measure, rows: .week, columns: .block, from: from, to: to),
                SliceRequest(measure: measure, rows: .municipality, from: from, to: to),
                SliceRequest(measure: measure, rows: .body, columns: .status, from: from, to: to, filter: filtered),
                SliceRequest(measure: measure, rows: .topic, columns: .month, from: LocalDate(iso: "2026-06-01")!, to: to),
                SliceRequest(measure: measure, rows: .kind, from: from, to: to, filter: nothing),
            ]
        }
        return requests
    }

    func expectSameSlices(_ cube: RollupCube, _ appeals: [Appeal]) {
        let items = Rollup(appeals: appeals, timeZone: moscow, now: now)
        for request in requests() {
            let fromCube = SliceEngine.slice(request, fromProjected: cube.rollup(for: request, now: now))
            let fromItems = SliceEngine.slice(request, from: items)
            #expect(fromCube == fromItems, "\(request.measure) by \(request.rows) × \(String(describing: request.columns))")
            // The scan split over two cores and merged gives the same.
            let split = SliceEngine.slice(request, fromProjected: cube.rollup(for: request, now: now, parallelAbove: 0))
            #expect(split == fromItems, "in two parts: \(request.measure) by \(request.rows) × \(String(describing: request.columns))")
        }
    }

    @Test("every measure by periods, one cut, two cuts and filters equals the slice counted from the items")
    func sameAsItems() {
        let appeals = generated(3000, seed: 7)
        let cube = cube(of: appeals)
        #expect(cube.cellCount > 100)
        #expect(cube.runningCount == appeals.filter { TermState.runningDue($0) != nil }.count)
        expectSameSlices(cube, appeals)
    }

    @Test("rows set again after changes replace what the cube had: answered items leave the late count, moved items count where they are")
    func changesReplaceRows() {
        var appeals = generated(2000, seed: 11)
        var cube = cube(of: appeals)
        let before = Rollup(appeals: appeals, timeZone: moscow, now: now)
        for index in stride(from: 0, to: appeals.count, by: 3) {
            var appeal = appeals[index]
            switch index % 4 {
            case 0:
                appeal.status = .answered
                appeal.answeredAt = now
            case 1: appeal.bodyId = "b9"
            case 2: appeal.receivedAt = appeal.receivedAt.addingTimeInterval(-5 * 86_400)
            default:
                appeal.status = .inProgress
                appeal.answerDueAt = now.addingTimeInterval(-3600)
            }
            appeals[index] = appeal
        }
        // As a store does: the rows the changes touched are read again with their absolute values.
        let after = Rollup(appeals: appeals, timeZone: moscow, now: now)
        for key in Set(before.cells.keys).union(after.cells.keys) { cube.setCell(key, to: after.cells[key] ?? RollupCounts()) }
        for key in Set(before.durations.keys).union(after.durations.keys) { cube.setDuration(key, to: after.durations[key] ?? 0) }
        for appeal in appeals { cube.setRunning(appeal, timeZone: moscow) }
        #expect(cube.runningCount == appeals.filter { TermState.runningDue($0) != nil }.count)
        expectSameSlices(cube, appeals)
    }

    @Test("an item whose term stops is no longer late; removing it keeps the other items of its day")
    func runningItemLeaves() {
        var first = Fixtures.appeal(.inProgress)
        first.receivedAt = now.addingTimeInterval(-10 * 86_400)
        first.answerDueAt = now.addingTimeInterval(-86_400)
        var second = first
        second.id = "a2"
        var third = first
        third.id = "a3"
        var cube = cube(of: [first, second, third])
        let request = SliceRequest(measure: .overdue, rows: .body, from: LocalDate(now, in: moscow).adding(days: -20), to: LocalDate(now, in: moscow))
        #expect(SliceEngine.slice(request, fromProjected: cube.rollup(for: request, now: now)).total == 3)
        first.status = .answered
        cube.setRunning(first, timeZone: moscow)
        cube.setRunning(second, timeZone: moscow)
        #expect(cube.runningCount == 2)
        #expect(cube.rollup(for: request, now: now).runningLate.values.reduce(0, +) == 2)
        cube.setRunning(third.id, in: nil, dueMillis: nil)
        cube.setRunning(second.id, in: nil, dueMillis: nil)
        #expect(cube.runningCount == 0)
        #expect(cube.rollup(for: request, now: now).runningLate.isEmpty)
    }

    @Test("groups get slots in the order met whether few (their own slot), many (a flat array) or very many (a dictionary)", arguments: [100, 40_000, 5_000_000])
    func slotsForAnyNumberOfGroups(possible: Int) {
        var table = SlotTable(possibleGroups: possible)
        let met = [possible - 1, 7, possible / 2, 7, possible - 1]
        let slots = met.map { table.slot($0) }
        #expect(slots[1] == slots[3] && slots[0] == slots[4], "a group met again keeps its slot")
        #expect(Set(slots).count == 3)
        for (group, slot) in zip(met, slots) { #expect(table.group(ofSlot: slot) == group) }
        #expect(table.count == (possible <= SlotTable.identityLimit ? possible : 3))
    }

    @Test("the cube's 32-bit vectors hold every count of a cell and give each back in its place")
    func vectorsHoldEveryCount() {
        #expect(RollupCounts.columns.count == CubeCounts.capacity)
        var counts = RollupCounts()
        for (index, column) in RollupCounts.columns.enumerated() { counts[keyPath: column.path] = Int64(index + 1) * 1_000 }
        var sum = CubeSum()
        sum.add(CubeCounts(counts))
        sum.add(CubeCounts(counts))
        var twice = counts
        twice.add(counts)
        #expect(sum.counts == twice)
        #expect(!sum.isZero)
        #expect(CubeSum().isZero)
    }
}
