import Foundation
import OtklikCore
import OtklikTestSupport
import Testing

@testable import OtklikStore

@Suite("The outbox: written with the change, claimed once under a lease, retried, dead after the last attempt, replayed")
struct OutboxTests {
    static let start = Timestamp.parse("2026-11-27T10:00:00Z")!

    func telegramDraft(_ text: String, message: Int) -> AppealDraft {
        TestDatabases.draft(text, channel: .telegram, externalId: "777:\(message)")
    }

    @Test("a Telegram item's receipt is written with it, addressed to its chat; a letter gets none; the same update twice, one receipt",
          arguments: TestDatabases.kinds)
    func receiptWithTheItem(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let item = try await store.intake([telegramDraft("Яма", message: 1)], by: op, at: Self.start)[0].appeal
        _ = try await store.intake([telegramDraft("Яма", message: 1), TestDatabases.draft()], by: op, at: Self.start)
        let waiting = try await store.outbox(.waiting)
        #expect(waiting.count == 1)
        #expect(waiting.first?.appealId == item.id)
        #expect(waiting.first?.recipient == "777")
        #expect(waiting.first?.message == OutboundNotices.receipt(item))
        try await store.close()
    }

    @Test("a claimed message is not claimed again while its lease runs; a failure waits its backoff; the last failure is dead until replayed",
          arguments: TestDatabases.kinds)
    func claimRetryDeadReplay(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        try await store.send(OutboundMessage(kind: .reply, text: "Здравствуйте"), channel: .telegram, recipient: "42", at: Self.start)
        let claimed = try await store.claimOutbox(at: Self.start, limit: 10, lease: 60)
        #expect(claimed.map(\.attempts) == [1])
        #expect(try await store.claimOutbox(at: Self.start.addingTimeInterval(30), limit: 10, lease: 60).isEmpty)
        let id = try #require(claimed.first?.id)
        let retry = Self.start.addingTimeInterval(30)
        try await store.markFailed(id, error: "Bot API: Too Many Requests", retryAt: retry, at: Self.start)
        #expect(try await store.claimOutbox(at: retry.addingTimeInterval(-1), limit: 10, lease: 60).isEmpty)
        let again = try await store.claimOutbox(at: retry, limit: 10, lease: 60)
        #expect(again.map(\.attempts) == [2])
        #expect(again.first?.lastError == "Bot API: Too Many Requests")
        try await store.markFailed(id, error: "Bot API: chat not found", retryAt: nil, at: retry)
        let dead = try await store.outbox(.dead)
        #expect(dead.map(\.id) == [id])
        #expect(dead.first?.state == .dead)
        #expect(try await store.claimOutbox(at: retry.addingTimeInterval(7200), limit: 10, lease: 60).isEmpty)
        #expect(try await store.replay(id, at: retry))
        #expect(!(try await store.replay(id, at: retry)))
        let replayed = try await store.claimOutbox(at: retry, limit: 10, lease: 60)
        #expect(replayed.map(\.attempts) == [1])
        try await store.markDelivered(id, remoteId: "501", at: retry)
        #expect(try await store.outbox(.delivered).map(\.remoteId) == ["501"])
        #expect(try await store.outbox(.waiting).isEmpty)
        try await store.close()
    }

    @Test("a claim's failures recorded together: each message keeps its own error, those with a retry time wait for it, the rest are dead",
          arguments: TestDatabases.kinds)
    func failuresOfAClaimTogether(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        for chat in 1...150 {
            try await store.send(OutboundMessage(kind: .reply, text: "Ответ \(chat)"), channel: .telegram, recipient: "\(chat)", at: Self.start)
        }
        let claimed = try await store.claimOutbox(at: Self.start, limit: 150, lease: 60)
        #expect(claimed.count == 150)
        let retry = Self.start.addingTimeInterval(300)
        // More than one statement's worth: among the first hundred every third is dead, the others retry; the
        // rest are all dead (a statement whose retry times are all missing).
        try await store.markFailed(
            claimed.enumerated().map { index, item in
                OutboxFailure(id: item.id, error: "ошибка \(item.recipient)", retryAt: index % 3 == 0 || index >= 100 ? nil : retry)
            },
            at: Self.start
        )
        let dead = try await store.outbox(.dead, limit: 500)
        #expect(dead.count == 84)
        #expect(dead.allSatisfy { $0.lastError == "ошибка \($0.recipient)" && $0.deadAt == Self.start })
        #expect(try await store.claimOutbox(at: retry.addingTimeInterval(-1), limit: 500, lease: 60).isEmpty)
        let again = try await store.claimOutbox(at: retry, limit: 500, lease: 60)
        #expect(again.count == 66)
        #expect(again.allSatisfy { $0.lastError == "ошибка \($0.recipient)" && $0.attempts == 2 && $0.nextAttemptAt == retry })
        #expect(Set(again.map(\.id)).isDisjoint(with: dead.map(\.id)))
        try await store.close()
    }
}
