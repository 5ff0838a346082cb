import Foundation
import Testing

@testable import OtklikCore

@Suite("Indicators: each a named formula over the slices, each month and the year against the plan")
struct IndicatorTests {
    let moscow = TimeZone(identifier: "Europe/Moscow")!
    let now = Timestamp.parse("2026-02-20T12:00:00+03:00")!

    func at(_ text: String) -> Date { Timestamp.parse(text + "+03:00")! }

    /// Three items by hand: January's a1 done well, a2 late at every step, reopened, a repeat; February's a3
    /// registered in term and still running.
    var appeals: [Appeal] {
        var a1 = Fixtures.appeal(.closed)
        a1.id = "a1"
        a1.receivedAt = at("2026-01-10T09:00:00")
        a1.registrationDueAt = at("2026-01-13T23:59:59")
        a1.registeredAt = at("2026-01-11T10:00:00")
        a1.redirectDueAt = at("2026-01-20T23:59:59")
        a1.assignedAt = at("2026-01-12T10:00:00")
        a1.reactedAt = at("2026-01-11T15:00:00")
        a1.answerDueAt = at("2026-02-10T23:59:59")
        a1.answeredAt = at("2026-01-20T12:00:00")
        a1.answers = [Answer(text: "Сделано", authorId: "e1", bodyId: "b1", at: a1.answeredAt!, review: AnswerReview(grade: .substantive, reason: nil, reviewerId: "c", at: now))]
        a1.feedback = CitizenFeedback(satisfied: true, comment: nil, at: now)
        var a2 = Fixtures.appeal(.answered)
        a2.id = "a2"
        a2.receivedAt = at("2026-01-15T09:00:00")
        a2.registrationDueAt = at("2026-01-18T23:59:59")
        a2.registeredAt = at("2026-01-19T09:00:00")
        a2.redirectDueAt = at("2026-01-26T23:59:59")
        a2.assignedAt = at("2026-01-27T09:00:00")
        a2.reactedAt = at("2026-01-20T00:00:00")
        a2.answerDueAt = at("2026-02-14T23:59:59")
        a2.answeredAt = at("2026-02-20T09:00:00")
        a2.feedback = CitizenFeedback(satisfied: false, comment: nil, at: now)
        a2.reopenCount = 1
        a2.repeatOf = "a1"
        let terms = TermPolicy(timeZone: moscow)
        terms.settleReaction(&a1)
        terms.settleReaction(&a2)
        var a3 = Fixtures.appeal(.inProgress)
        a3.id = "a3"
        a3.receivedAt = at("2026-02-02T09:00:00")
        a3.registrationDueAt = at("2026-02-05T23:59:59")
        a3.registeredAt = at("2026-02-03T09:00:00")
        a3.answerDueAt = at("2026-03-05T23:59:59")
        a3.extendedAnswerDueAt = at("2026-04-01T23:59:59")
        return [a1, a2, a3]
    }

    func monitoring(plans: [String: Double]) throws -> IndicatorMonitoring {
        let (from, to) = try #require(IndicatorMonitoring.period(year: 2026, today: LocalDate(now, in: moscow)))
        let rollup = Rollup(appeals: appeals, timeZone: moscow, now: now)
        let slices = IndicatorMonitoring.requests(from: from, to: to, filter: SliceFilter()).map { SliceEngine.slice($0, from: rollup) }
        return IndicatorMonitoring(year: 2026, from: from, to: to, slices: slices, plans: plans)
    }

    @Test("facts by hand: January, February and the year so far for every indicator")
    func factsByHand() throws {
        let table = try monitoring(plans: [:])
        #expect(table.from == LocalDate(iso: "2026-01-01"))
        #expect(table.to == LocalDate(iso: "2026-02-20"))
        let facts = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.indicator.id, $0.months.map(\.fact) + [$0.yearFact]) })
        #expect(table.rows.first?.months.map(\.month) == ["2026-01", "2026-02"])
        // Both January items answered, a1 in term, a2 after it; none in February.
        #expect(facts["K1"] == [0.5, nil, 0.5])
        // a2 answered late; a3's term runs to March.
        #expect(facts["K2"] == [0.5, 0, 1.0 / 3])
        #expect(facts["K3"] == [0.5, 1, 2.0 / 3])
        #expect(facts["K4"] == [0.5, nil, 0.5])
        // Reactions in working hours: a1 on Sunday 11.01 (a day off) counts 0, a2 from Monday 9:00 to midnight
        // counts the day's 8; calendar hours would have been 5 and 15.
        #expect(facts["K5"] == [4, nil, 4])
        // 10 and 36 days: the nearest-rank median of two is the smaller.
        #expect(facts["K6"] == [10, nil, 10])
        #expect(facts["K7"] == [0.5, 0, 1.0 / 3])
        #expect(facts["K8"] == [0.5, nil, 0.5])
        #expect(facts["K9"] == [0.5, nil, 0.5])
        #expect(facts["K9.1"] == [1, nil, 1])
        // a3's extension counts once it is answered.
        #expect(facts["K10"] == [0, nil, 0])
    }

    @Test("against the plan: reached is met, within a tenth of the plan is near, further is missed; lower is better where it should be")
    func statusAgainstPlan() throws {
        let table = try monitoring(plans: ["K1": 0.9, "K2": 0.5, "K3": 0.7])
        let statuses = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.indicator.id, $0.months.map(\.status) + [$0.yearStatus]) })
        #expect(statuses["K1"] == [.missed, .noData, .missed])
        #expect(statuses["K2"] == [.met, .met, .met])
        // 2/3 is 0.033 short of 0.7, inside its tenth (0.07).
        #expect(statuses["K3"] == [.missed, .met, .near])
        #expect(statuses["K5"] == [.noPlan, .noData, .noPlan])
        #expect(IndicatorStatus.of(fact: 10.5, plan: 10, higherIsBetter: false) == .near)
        #expect(IndicatorStatus.of(fact: 11.5, plan: 10, higherIsBetter: false) == .missed)
    }

    @Test("a year not begun has no period; the current year runs to today, a past one to 31 December")
    func periods() {
        let today = LocalDate(iso: "2026-11-27")!
        #expect(IndicatorMonitoring.period(year: 2027, today: today) == nil)
        #expect(IndicatorMonitoring.period(year: 2026, today: today)?.to == today)
        #expect(IndicatorMonitoring.period(year: 2025, today: today)?.to == LocalDate(iso: "2025-12-31"))
    }

    @Test("plans are written in per cent for shares and checked: a share over 100 % or a negative time is refused")
    func planValues() throws {
        let k1 = try #require(Indicators.indicator("K1"))
        let k5 = try #require(Indicators.indicator("K5"))
        #expect(k1.stored(95) == 0.95)
        #expect(k1.planError(1.2) != nil)
        #expect(k5.planError(-1) != nil)
        #expect(k5.planError(24) == nil)
        #expect(Set(Indicators.all.map(\.id)).count == Indicators.all.count)
        #expect(Indicators.all.allSatisfy { !$0.isConfirmed })
    }
}
