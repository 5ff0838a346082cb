import Foundation
import OtklikCore
import OtklikTestSupport
import SQLKit
import Testing

@testable import OtklikStore

@Suite("Facts of older items read back from their events: referral, first reaction, redirects, returns, reopenings")
struct HistoryFactsTests {
    let now = Timestamp.parse("2026-11-26T12:00:00+03:00")!

    @Test("an item stored without the facts gets them from its history as the workflow would have set them; kept facts stay", arguments: TestDatabases.kinds)
    func factsFromEvents(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let exec = TestDatabases.user("exec1")
        let id = try #require(try await store.intake([TestDatabases.draft()], by: op, at: now).first?.appeal.id)
        let steps: [(WorkflowAction, ActionInput, User)] = [
            (.assign, ActionInput(bodyId: "b1"), op), (.return, ActionInput(reason: "не наше"), exec), (.assign, ActionInput(bodyId: "b1"), op),
            (.accept, ActionInput(), exec), (.answer, ActionInput(text: "Сделано"), exec), (.approve, ActionInput(), op),
            (.reopen, ActionInput(reason: "снова"), op),
        ]
        for (offset, step) in steps.enumerated() {
            _ = try await store.perform(step.0, input: step.1, on: id, by: step.2, at: now.addingTimeInterval(Double(offset + 1) * 3600))
        }
        let kept = try #require(try await store.appeal(id: id, visibleTo: .all))
        #expect(kept.assignedAt == now.addingTimeInterval(3600))
        #expect(kept.reactedAt == now.addingTimeInterval(2 * 3600))
        #expect((kept.returnCount, kept.reopenCount) == (1, 1))
        var old = kept
        (old.assignedAt, old.reactedAt, old.returnCount, old.reopenCount) = (nil, nil, nil, nil)
        let document = String(decoding: try AppealRows.document(old), as: UTF8.self)
        try await store.backend.write { db in
            try await db.raw("UPDATE appeals SET doc = \(bind: document) WHERE id = \(bind: id)").run()
            try await AppealRows.fillFacts(in: db)
        }
        #expect(try await store.appeal(id: id, visibleTo: .all) == kept)
        try await store.close()
    }

    @Test("the rule: counts of each action, the first referral, the first action by an executor")
    func rule() {
        var appeal = Appeal(id: "a", number: "1", draft: TestDatabases.draft(), receivedAt: now, now: now)
        let at = { (hours: Double) in self.now.addingTimeInterval(hours * 3600) }
        let steps = [
            HistoryFacts.Step(action: "created", at: at(0), byExecutor: true), HistoryFacts.Step(action: "assign", at: at(1), byExecutor: false),
            HistoryFacts.Step(action: "redirect", at: at(2), byExecutor: true), HistoryFacts.Step(action: "redirect", at: at(3), byExecutor: true),
        ]
        #expect(HistoryFacts.fill(&appeal, from: steps))
        #expect(appeal.assignedAt == at(1))
        #expect(appeal.reactedAt == at(2))
        #expect(appeal.redirectCount == 2)
        #expect(appeal.returnCount == nil)
        appeal.reactedAt = at(9)
        #expect(!HistoryFacts.fill(&appeal, from: steps))
        #expect(appeal.reactedAt == at(9))
    }
}
