import Foundation
import OtklikCore
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("The rollup of appeals by body, block and status agrees with counting the appeals themselves")
struct StatusCountsTests {
    /// The oracle: counting the visible appeals one by one.
    func rawCounts(_ store: AppealStore, _ scope: Scope) async throws -> [AppealStatus: Int] {
        let all = try await store.list(AppealFilter(), visibleTo: scope, limit: 1_000, after: nil).items
        return Dictionary(grouping: all, by: \.status).mapValues(\.count)
    }

    @Test("after intake, routing, answers, refusals, merges and postponements, for every scope", arguments: TestDatabases.kinds)
    func rollupMatchesRawCounts(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let exec1 = TestDatabases.user("exec1")
        var drafts = (0..<12).map { TestDatabases.draft("Обращение \($0)") }
        drafts[10].topicId = nil
        drafts[11].topicId = "transport.routes"
        let ids = try await store.intake(drafts, by: op).map(\.appeal.id)
        for id in ids[0..<8] { _ = try await store.perform(.assign, input: ActionInput(bodyId: "b1"), on: id, by: op) }
        _ = try await store.perform(.assign, input: ActionInput(bodyId: "b2"), on: ids[11], by: op)
        for id in ids[0..<6] { _ = try await store.perform(.accept, input: ActionInput(), on: id, by: exec1) }
        for id in ids[0..<3] { _ = try await store.perform(.answer, input: ActionInput(text: "Сделано"), on: id, by: exec1) }
        _ = try await store.perform(.approve, input: ActionInput(), on: ids[0], by: op)
        _ = try await store.perform(.rework, input: ActionInput(reason: "Не по существу"), on: ids[1], by: op)
        _ = try await store.perform(
            .postpone, input: ActionInput(until: Timestamp.now().addingTimeInterval(86_400), reason: "Ждём подрядчика"), on: ids[3], by: exec1
        )
        _ = try await store.perform(.reject, input: ActionInput(ground: .abusive), on: ids[8], by: op)
        _ = try await store.perform(.merge, input: ActionInput(intoId: ids[0]), on: ids[9], by: op)
        _ = try await store.perform(.structure, input: ActionInput(topicId: "transport.routes"), on: ids[10], by: op)

        for scope in [Scope.all, .body("b1"), .body("b2"), .blocks(["roads"]), .blocks(["roads", "transport"]), .blocks([])] {
            let counters = try await store.counters(of: AppealStatus.allCases, visibleTo: scope)
            #expect(counters.byStatus.filter { $0.value != 0 } == (try await rawCounts(store, scope)), "\(scope)")
        }
        #expect(try await store.counters(of: AppealStatus.allCases, visibleTo: .all).byStatus.values.reduce(0, +) == 12)
        try await store.close()
    }

    @Test("a failed group of actions leaves the rollup as it was", arguments: TestDatabases.kinds)
    func failedGroupChangesNothing(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let id = try await store.intake([TestDatabases.draft()], by: op)[0].appeal.id
        let before = try await store.counters(of: AppealStatus.allCases, visibleTo: .all)
        await #expect(throws: StoreError.self) {
            try await store.perform([
                ActionRequest(action: .register, input: ActionInput(), appealId: id, user: op, at: Timestamp.now()),
                ActionRequest(action: .approve, input: ActionInput(), appealId: id, user: op, at: Timestamp.now()),
            ])
        }
        #expect(try await store.counters(of: AppealStatus.allCases, visibleTo: .all) == before)
        try await store.close()
    }
}
