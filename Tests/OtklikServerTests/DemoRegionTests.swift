import Foundation
import OtklikCore
import OtklikServer
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("Demo region: a believable region loads whole")
struct DemoRegionTests {
    @Test("users of every role, appeals in every stage with their terms, some overdue and extended, the chain whole",
          arguments: TestDatabase.kinds)
    func loads(kind: DatabaseKind) async throws {
        let store = try await AppealStore.open(try TestDatabase.url(kind))
        let logins = try await DemoLoader.load(into: store, appeals: 800, seed: 2026, bcryptCost: 4)
        #expect(Set(logins.map(\.role)) == Set(Role.allCases))
        let counts = try await store.countByStatus()
        #expect(counts.values.reduce(0, +) == 800)
        for status in [AppealStatus.new, .registered, .assigned, .inProgress, .answered, .closed, .postponed] {
            #expect((counts[status] ?? 0) > 0, "no appeal is \(status.rawValue)")
        }
        let overdue = try await store.list(AppealFilter(overdue: true), visibleTo: .all, limit: 500, after: nil).items
        #expect(!overdue.isEmpty)
        #expect(overdue.allSatisfy { $0.isOverdue(at: Timestamp.now()) })
        let postponed = try await store.list(AppealFilter(statuses: [.postponed]), visibleTo: .all, limit: 500, after: nil).items
        #expect(postponed.contains { $0.kind == .appeal && $0.extendedAnswerDueAt != nil })
        let all = try await store.list(AppealFilter(), visibleTo: .all, limit: 500, after: nil).items
        #expect(all.filter { $0.kind == .appeal && $0.registeredAt != nil }.allSatisfy { $0.answerDueAt != nil })
        #expect(try await store.verifyChain().firstBreak == nil)
        try await store.close()
    }
}
