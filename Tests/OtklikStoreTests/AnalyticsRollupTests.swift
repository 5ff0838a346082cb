import Foundation
import OtklikCore
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("The analytics rollup kept with every change gives the same figures as counting the items")
struct AnalyticsRollupTests {
    let now = Timestamp.parse("2026-11-26T12:00:00+03:00")!
    let moscow = TimeZone(identifier: "Europe/Moscow")!

    /// A store with the demo region and `count` generated items taken through their workflows (answers,
    /// redirects, postponements, rework, ratings, reopenings, refusals), as the demo loader does.
    func demoStore(_ kind: DatabaseKind, count: Int) async throws -> (AppealStore, [String]) {
        try await demoStore(TestDatabase.url(kind), count: count)
    }

    func demoStore(_ url: DatabaseURL, count: Int) async throws -> (AppealStore, [String]) {
        let store = try await AppealStore.open(url)
        try await store.save(municipalities: DemoRegion.municipalities)
        try await store.save(rubricator: .default)
        try await store.save(bodies: DemoRegion.bodies)
        let executors = Dictionary(uniqueKeysWithValues: DemoRegion.bodies.map { ($0.id, DemoRegion.executor(of: $0)) })
        for user in DemoRegion.staff + executors.values { try await store.add(user: user, passwordHash: "not-a-real-hash") }
        let operatorUser = DemoRegion.staff.first { $0.role == .operator }!
        var generator = DemoGenerator(seed: 7, now: now)
        generator.days = 60
        let plan = generator.generate(count: count)
        let results = try await store.intake(plan.map(\.draft), by: operatorUser, at: now)
        var requests: [ActionRequest] = []
        for (item, result) in zip(plan, results) {
            for step in item.steps {
                let actor = step.actorBodyId.flatMap { executors[$0] } ?? operatorUser
                requests.append(ActionRequest(action: step.action, input: step.input, appealId: result.appeal.id, user: actor, at: step.at))
            }
        }
        _ = try await store.perform(requests)
        return (store, results.map(\.appeal.id))
    }

    /// The stored rollup equals the items' count over the period and the one before it, and every measure, by
    /// every kind of cut in turn, for each scope, reads the same through the store either way.
    func expectSameFigures(_ store: AppealStore, from: String, to: String, scopes: [Scope], sourceLocation: SourceLocation = #_sourceLocation)
        async throws
    {
        let cuts: [(SliceDimension, SliceDimension?)] = [
            (.municipality, .block), (.body, nil), (.week, .channel), (.day, nil), (.topic, .status), (.kind, .month), (.quarter, .year),
        ]
        let period = SliceRequest(measure: .count, rows: .day, from: LocalDate(iso: from)!, to: LocalDate(iso: to)!)
        let stored = try await store.rollup(from: period.previousFrom, to: period.to, counted: false, now: now)
        let counted = try await store.rollup(from: period.previousFrom, to: period.to, counted: true, now: now)
        #expect(stored == counted, sourceLocation: sourceLocation)
        for (index, measure) in SliceMeasure.allCases.enumerated() {
            let (rows, columns) = cuts[index % cuts.count]
            let scope = scopes[index % scopes.count]
            let request = SliceRequest(measure: measure, rows: rows, columns: columns, from: period.from, to: period.to)
            let rolled = try await store.slice(request, visibleTo: scope, source: .rollup, now: now)
            let inMemory = try await store.slice(request, visibleTo: scope, source: .cube, now: now)
            let raw = try await store.slice(request, visibleTo: scope, source: .raw, now: now)
            #expect(rolled == raw, "\(measure) by \(rows)/\(columns.map(\.rawValue) ?? "-") in \(scope)", sourceLocation: sourceLocation)
            #expect(inMemory == raw, "in memory: \(measure) by \(rows)/\(columns.map(\.rawValue) ?? "-") in \(scope)", sourceLocation: sourceLocation)
            #expect(!rolled.groups.isEmpty || scope == .blocks([]), "\(measure) in \(scope)", sourceLocation: sourceLocation)
        }
        // Many slices from one look at the rollup (a page of charts), side by side, come back in order and the same.
        let requests = SliceMeasure.allCases.enumerated().map { index, measure in
            SliceRequest(measure: measure, rows: cuts[index % cuts.count].0, columns: cuts[index % cuts.count].1, from: period.from, to: period.to)
        }
        let together = try await store.slices(requests, visibleTo: scopes[0], now: now)
        #expect(together.map(\.request) == requests, sourceLocation: sourceLocation)
        for (request, slice) in zip(requests, together) {
            #expect(slice == (try await store.slice(request, visibleTo: scopes[0], source: .raw, now: now)), sourceLocation: sourceLocation)
        }
    }

    @Test("every measure, by every kind of cut, for every scope, on generated workflows", arguments: TestDatabases.kinds)
    func everyMeasureMatchesRaw(kind: DatabaseKind) async throws {
        let (store, ids) = try await demoStore(kind, count: 400)
        // The stored cells themselves equal the items' count, not just the figures built on them.
        let stored = try await store.rollup(from: LocalDate(iso: "2026-09-01")!, to: LocalDate(iso: "2026-11-30")!, counted: false, now: now)
        let counted = try await store.rollup(from: LocalDate(iso: "2026-09-01")!, to: LocalDate(iso: "2026-11-30")!, counted: true, now: now)
        #expect(stored == counted)
        #expect(stored.cells.values.reduce(0) { $0 + $1.appeals } == Int64(ids.count))
        #expect(stored.cells.values.contains { $0.redirected > 0 })
        #expect(!stored.runningLate.isEmpty)
        try await expectSameFigures(
            store, from: "2026-11-01", to: "2026-11-30", scopes: [.all, .body("60701000-adm"), .blocks(["roads", "transport"]), .blocks([])]
        )
        try await store.close()
    }

    @Test("a merge, a reopening and a move to another body move the item's counts, the old cell loses them", arguments: TestDatabases.kinds)
    func changesMoveCounts(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let exec1 = TestDatabases.user("exec1")
        let ids = try await store.intake((0..<4).map { TestDatabases.draft("Обращение \($0)") }, by: op, at: now).map(\.appeal.id)
        _ = try await store.perform(.merge, input: ActionInput(intoId: ids[0]), on: ids[1], by: op, at: now)
        for id in [ids[0], ids[2], ids[3]] { _ = try await store.perform(.assign, input: ActionInput(bodyId: "b1"), on: id, by: op, at: now) }
        _ = try await store.perform(.accept, input: ActionInput(), on: ids[2], by: exec1, at: now)
        _ = try await store.perform(.answer, input: ActionInput(text: "Сделано"), on: ids[2], by: exec1, at: now)
        _ = try await store.perform(.approve, input: ActionInput(), on: ids[2], by: op, at: now)
        _ = try await store.perform(.rate, input: ActionInput(satisfied: false), on: ids[2], by: op, at: now)
        _ = try await store.perform(.reopen, input: ActionInput(reason: "Не решено"), on: ids[2], by: op, at: now)
        _ = try await store.perform(.accept, input: ActionInput(), on: ids[3], by: exec1, at: now)
        _ = try await store.perform(.redirect, input: ActionInput(bodyId: "b2", reason: "Не наш вопрос"), on: ids[3], by: exec1, at: now)

        let day = LocalDate(now, in: moscow)
        func figure(_ measure: SliceMeasure, by rows: SliceDimension, _ row: String) async throws -> Double? {
            let slice = try await store.slice(SliceRequest(measure: measure, rows: rows, from: day, to: day), visibleTo: .all, now: now)
            return slice.groups.first { $0.row == row }?.value
        }
        #expect(try await figure(.count, by: .status, "merged") == 1)
        #expect(try await figure(.count, by: .status, "reopened") == 1)
        #expect(try await figure(.count, by: .status, "assigned") == 1)
        #expect(try await figure(.count, by: .body, "b2") == 1)
        #expect(try await figure(.count, by: .body, "b1") == 2)
        #expect(try await figure(.count, by: .body, "") == 1)
        #expect(try await figure(.redirectShare, by: .body, "b2") == 1)
        #expect(try await figure(.satisfactionShare, by: .status, "reopened") == 0)
        try await expectSameFigures(store, from: day.iso, to: day.iso, scopes: [.all, .body("b1"), .body("b2")])
        try await store.close()
    }

    @Test("items at 23:59:59.999 and at 00:00 in the region's zone fall on different days, and a period ends at its midnight", arguments: TestDatabases.kinds)
    func midnightBoundary(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        var before = TestDatabases.draft("До полуночи")
        before.receivedAt = Timestamp.parse("2026-10-31T23:59:59.999+03:00")
        var after = TestDatabases.draft("После полуночи")
        after.receivedAt = Timestamp.parse("2026-11-01T00:00:00+03:00")
        _ = try await store.intake([before, after], by: TestDatabases.user("operator"), at: now)
        let request = SliceRequest(measure: .count, rows: .month, from: LocalDate(iso: "2026-11-01")!, to: LocalDate(iso: "2026-11-30")!)
        let slice = try await store.slice(request, visibleTo: .all, now: now)
        #expect(slice.groups.map(\.row) == ["2026-11"])
        #expect(slice.total == 1)
        #expect(slice.previousTotal == 1)
        try await expectSameFigures(store, from: "2026-10-31", to: "2026-11-01", scopes: [.all])
        try await store.close()
    }

    @Test("the rating of bodies from the rollup in memory equals the one counted from the items", arguments: TestDatabases.kinds)
    func ratingMatchesRaw(kind: DatabaseKind) async throws {
        let (store, _) = try await demoStore(kind, count: 300)
        let requests = BodyRatings.requests(from: LocalDate(iso: "2026-10-15")!, to: LocalDate(iso: "2026-11-30")!, filter: SliceFilter())
        let fromCube = BodyRatings.rate(try await store.slices(requests, visibleTo: .all, now: now))
        let fromItems = BodyRatings.rate(try await store.slices(requests, visibleTo: .all, source: .raw, now: now))
        #expect(fromCube == fromItems)
        #expect(fromCube.contains { $0.place != nil && $0.figures[.onTimeShare] != nil })
        try await store.close()
    }

    @Test("the indicators from the rollup in memory equal those counted from the items, month by month and by municipality", arguments: TestDatabases.kinds)
    func indicatorsMatchRaw(kind: DatabaseKind) async throws {
        let (store, _) = try await demoStore(kind, count: 300)
        let (from, to) = (LocalDate(iso: "2026-09-01")!, LocalDate(iso: "2026-11-26")!)
        let requests =
            IndicatorMonitoring.requests(from: from, to: to, filter: SliceFilter()) + IndicatorComparison.requests(from: from, to: to, filter: SliceFilter())
        let fromCube = try await store.slices(requests, visibleTo: .all, now: now)
        let fromItems = try await store.slices(requests, visibleTo: .all, source: .raw, now: now)
        #expect(fromCube == fromItems)
        let monitoring = IndicatorMonitoring(year: 2026, from: from, to: to, slices: Array(fromCube.prefix(Indicators.all.count)), plans: [:])
        // The demo region's items go through every step the indicators count.
        for id in ["K1", "K2", "K3", "K4", "K5", "K6", "K8", "K9", "K9.1", "K10"] {
            #expect(monitoring.rows.first { $0.indicator.id == id }?.yearFact != nil, "\(id)")
        }
        #expect(monitoring.rows.first { $0.indicator.id == "K5" }!.yearFact! > 0)
        try await store.close()
    }

    @Test("rebuilding the rollup from the items gives the rollup kept with the changes", arguments: TestDatabases.kinds)
    func rebuildEqualsKept(kind: DatabaseKind) async throws {
        let (store, _) = try await demoStore(kind, count: 150)
        let from = LocalDate(iso: "2026-09-01")!
        let to = LocalDate(iso: "2026-11-30")!
        let kept = try await store.rollup(from: from, to: to, counted: false, now: now)
        try await store.rebuildAnalytics()
        #expect(try await store.rollup(from: from, to: to, counted: false, now: now) == kept)
        try await store.close()
    }

    @Test("the rollup in memory counts what another server process writes to the same database, and loads again after a rebuild", arguments: TestDatabases.kinds)
    func anotherProcessesChanges(kind: DatabaseKind) async throws {
        let url = try TestDatabase.url(kind)
        let (writer, _) = try await demoStore(url, count: 120)
        let reader = try await AppealStore.open(url)
        let november = SliceRequest(measure: .overdue, rows: .status, from: LocalDate(iso: "2026-11-01")!, to: LocalDate(iso: "2026-11-30")!)
        let before = try await reader.slice(november, visibleTo: .all, source: .cube, now: now)
        #expect(before == (try await reader.slice(november, visibleTo: .all, source: .raw, now: now)))

        // The other process takes in items and acts on one already counted; the reader's memory follows.
        let op = DemoRegion.staff.first { $0.role == .operator }!
        var late = AppealDraft(kind: .message, channel: .pos, text: "Не вывозят мусор третью неделю")
        late.receivedAt = Timestamp.parse("2026-11-02T10:00:00+03:00")
        let taken = try await writer.intake([late, late], by: op, at: now)
        _ = try await writer.perform(.reject, input: ActionInput(reason: "Нет адреса для ответа", ground: .anonymous), on: taken[1].appeal.id, by: op, at: now)
        let after = try await reader.slice(november, visibleTo: .all, source: .cube, now: now)
        #expect(after == (try await reader.slice(november, visibleTo: .all, source: .raw, now: now)))
        #expect(after.appeals == before.appeals + 2)
        #expect(after.total != before.total, "the new item running past its term counts as overdue")

        try await writer.rebuildAnalytics()
        #expect(try await reader.slice(november, visibleTo: .all, source: .cube, now: now) == after)
        try await reader.close()
        try await writer.close()
    }
}
