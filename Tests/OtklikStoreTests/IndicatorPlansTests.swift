import Foundation
import OtklikCore
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("Indicator plans: set per year and territory, every change kept, wrong values refused whole")
struct IndicatorPlansTests {
    let now = Timestamp.parse("2026-11-26T12:00:00+03:00")!

    @Test("a plan set, changed and removed: the latest is in force, the history keeps each step, an unchanged value writes nothing", arguments: TestDatabases.kinds)
    func plansKeepTheirHistory(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator").id
        #expect(try await store.setIndicatorPlans(year: 2026, municipalityId: "", values: ["K1": 0.9, "K5": 24], by: op, at: now) == 2)
        #expect(try await store.setIndicatorPlans(year: 2026, municipalityId: "60701000", values: ["K1": 0.8], by: op, at: now) == 1)
        #expect(try await store.setIndicatorPlans(year: 2026, municipalityId: "", values: ["K1": 0.95, "K5": 24], by: op, at: now) == 1)
        #expect(try await store.setIndicatorPlans(year: 2026, municipalityId: "", values: ["K5": nil], by: op, at: now) == 1)
        #expect(try await store.indicatorPlans(year: 2026) == ["": ["K1": 0.95], "60701000": ["K1": 0.8]])
        #expect(try await store.indicatorPlans(year: 2025).isEmpty)
        let history = try await store.indicatorPlanHistory(year: 2026, municipalityId: "")
        #expect(history.map(\.indicatorId) == ["K5", "K1", "K5", "K1"])
        #expect(history.map(\.value) == [nil, 0.95, 24, 0.9])
        #expect(history.allSatisfy { $0.by == "Оператор" && $0.at == now })
        try await store.close()
    }

    @Test("an unknown indicator or municipality, a share over 100 %, a negative time: all named, nothing written", arguments: TestDatabases.kinds)
    func wrongPlansAreRefusedWhole(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator").id
        do {
            try await store.setIndicatorPlans(year: 2026, municipalityId: "", values: ["K1": 0.9, "K2": 1.5, "K5": -1, "K99": 1], by: op, at: now)
            Issue.record("wrong plans were accepted")
        } catch StoreError.invalid(let errors) {
            #expect(errors.map(\.field) == ["K2", "K5", "K99"])
        }
        await #expect(throws: StoreError.self) {
            try await store.setIndicatorPlans(year: 2026, municipalityId: "00000000", values: ["K1": 0.9], by: op, at: now)
        }
        #expect(try await store.indicatorPlans(year: 2026).isEmpty)
        try await store.close()
    }
}
