import Foundation
import OtklikCore
import OtklikTestSupport
import Testing

@testable import OtklikStore

@Suite("Storage: the same behaviour on SQLite and PostgreSQL")
struct StoreTests {
    @Test("each migration applies once: a new database gets them all, a second run none", arguments: TestDatabases.kinds)
    func migrationsApplyOnce(kind: DatabaseKind) async throws {
        let store = try await AppealStore.open(try TestDatabase.url(kind), migrating: false)
        #expect(try await store.migrate() == ["spine", "term-alerts", "calendar-years", "open-terms", "status-counts", "saved-filters", "blocked-users", "structure-models", "analytics-rollup", "analytics-revision", "appeal-points", "analytics-quality", "indicator-plans", "weekly-notes", "appeal-facts", "analytics-durations", "raw-payloads", "outbox", "attachments", "public-tickets", "public-topics", "polls", "discussions", "public-keys", "user-emails", "official-pages", "public-authors", "directory-changes", "attachment-bytes", "places", "reaction-working-hours", "attachment-thumbnails"])
        #expect(try await store.migrate().isEmpty)
        try await store.ping()
        try await store.close()
    }

    @Test("intake writes the appeal with a public number and a 'created' event", arguments: TestDatabases.kinds)
    func intakeWritesAppealAndEvent(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let result = try #require(try await store.intake([TestDatabases.draft()], by: TestDatabases.user("operator")).first)
        #expect(result.created)
        #expect(result.appeal.number.hasPrefix("ЦУР-"))
        #expect(result.appeal.number.hasSuffix("-000001"))
        let loaded = try await store.appeal(id: result.appeal.id, visibleTo: .all)
        #expect(loaded == result.appeal)
        let history = try await store.history(of: result.appeal.id)
        #expect(history.map(\.type) == ["created"])
        try await store.close()
    }

    @Test("the same (channel, external id) twice gives the same appeal and writes nothing new", arguments: TestDatabases.kinds)
    func intakeIsIdempotent(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let first = try await store.intake([TestDatabases.draft(channel: .pos, externalId: "pos-42")], by: op)[0]
        let second = try await store.intake([TestDatabases.draft("другой текст", channel: .pos, externalId: "pos-42")], by: op)[0]
        #expect(!second.created)
        #expect(second.appeal.id == first.appeal.id)
        #expect(try await store.countByStatus()[.new] == 1)
        // The same external id in another channel is another appeal.
        #expect(try await store.intake([TestDatabases.draft(channel: .vk, externalId: "pos-42")], by: op)[0].created)
        #expect(try await store.verifyChain().eventsChecked == 2)
        try await store.close()
    }

    @Test("a batch with one invalid item writes nothing", arguments: TestDatabases.kinds)
    func batchIsAtomic(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        var drafts = (0..<10).map { TestDatabases.draft("Обращение \($0)") }
        drafts[7].municipalityId = "99999999"
        await #expect(throws: StoreError.invalid([FieldError(field: "items/7/municipalityId", message: "Нет муниципального образования с кодом ОКТМО «99999999»")])) {
            try await store.intake(drafts, by: TestDatabases.user("operator"))
        }
        #expect(try await store.countByStatus().isEmpty)
        #expect(try await store.verifyChain().eventsChecked == 0)
        drafts[7].municipalityId = nil
        #expect(try await store.intake(drafts, by: TestDatabases.user("operator")).count == 10)
        #expect(try await store.countByStatus()[.new] == 10)
        try await store.close()
    }

    @Test("a failed action in a group rolls back the actions before it", arguments: TestDatabases.kinds)
    func failedActionRollsBack(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let id = try await store.intake([TestDatabases.draft()], by: op)[0].appeal.id
        let now = Timestamp.now()
        await #expect(throws: StoreError.self) {
            try await store.perform([
                ActionRequest(action: .register, input: ActionInput(), appealId: id, user: op, at: now),
                ActionRequest(action: .approve, input: ActionInput(), appealId: id, user: op, at: now),
            ])
        }
        #expect(try await store.appeal(id: id, visibleTo: .all)?.status == .new)
        #expect(try await store.history(of: id).count == 1)
        try await store.close()
    }

    @Test("the workflow runs end to end and every step is in the history", arguments: TestDatabases.kinds)
    func workflowEndToEnd(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let exec = TestDatabases.user("exec1")
        let id = try await store.intake([TestDatabases.draft()], by: op)[0].appeal.id
        _ = try await store.perform(.register, input: ActionInput(summary: "Яма"), on: id, by: op)
        _ = try await store.perform(.assign, input: ActionInput(bodyId: "b1"), on: id, by: op)
        _ = try await store.perform(.accept, input: ActionInput(), on: id, by: exec)
        _ = try await store.perform(.answer, input: ActionInput(text: "Яма заделана"), on: id, by: exec)
        _ = try await store.perform(.rework, input: ActionInput(reason: "Не указан срок"), on: id, by: op)
        _ = try await store.perform(.answer, input: ActionInput(text: "Яма заделана 20 ноября"), on: id, by: exec)
        let closed = try await store.perform(.approve, input: ActionInput(), on: id, by: op)
        #expect(closed.status == .closed)
        #expect(closed.answers.count == 2)
        #expect(closed.summary == "Яма")
        let history = try await store.history(of: id)
        #expect(history.map(\.type) == ["created", "register", "assign", "accept", "answer", "rework", "answer", "approve"])
        #expect(history.map(\.actorId) == ["u-op", "u-op", "u-op", "u-e1", "u-e1", "u-op", "u-e1", "u-op"])
        #expect(history[5].payload.contains(#""status":"answered""#) && history[5].payload.contains(#""status":"rework""#))
        #expect(try await store.verifyChain().isWhole(events: 8))
        try await store.close()
    }

    @Test("an executor never sees another body's appeal, in the list or by id", arguments: TestDatabases.kinds)
    func scopeIsolation(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let ids = try await store.intake([TestDatabases.draft("первое"), TestDatabases.draft("второе")], by: op).map(\.appeal.id)
        _ = try await store.perform(.assign, input: ActionInput(bodyId: "b1"), on: ids[0], by: op)
        _ = try await store.perform(.assign, input: ActionInput(bodyId: "b2"), on: ids[1], by: op)
        let exec1 = TestDatabases.user("exec1")
        let page = try await store.list(AppealFilter(), visibleTo: exec1.scope, limit: 50, after: nil)
        #expect(page.items.map(\.id) == [ids[0]])
        #expect(try await store.appeal(id: ids[1], visibleTo: exec1.scope) == nil)
        await #expect(throws: StoreError.workflow(.outOfScope)) {
            try await store.perform(.accept, input: ActionInput(), on: ids[1], by: exec1)
        }
        let blockHead = TestDatabases.user("roads")
        #expect(try await store.list(AppealFilter(), visibleTo: blockHead.scope, limit: 50, after: nil).items.count == 2)
        try await store.close()
    }

    @Test("keyset paging walks every appeal once, newest first, with filters and text search", arguments: TestDatabases.kinds)
    func pagingAndFilters(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let base = Timestamp.now().addingTimeInterval(-86_400)
        var drafts: [AppealDraft] = []
        for index in 0..<25 {
            var draft = TestDatabases.draft(index % 5 == 0 ? "Нет освещения на ул. Ёлочной, дом \(index)" : "Яма номер \(index)")
            // Pairs share a timestamp so the id breaks ties.
            draft.receivedAt = base.addingTimeInterval(Double(index / 2) * 60)
            drafts.append(draft)
        }
        _ = try await store.intake(drafts, by: TestDatabases.user("operator"))
        var seen: [String] = []
        var cursor: PageCursor?
        var lastTime = Date.distantFuture
        repeat {
            let page = try await store.list(AppealFilter(), visibleTo: .all, limit: 7, after: cursor)
            for appeal in page.items {
                #expect(appeal.receivedAt <= lastTime)
                lastTime = appeal.receivedAt
            }
            seen += page.items.map(\.id)
            cursor = page.nextCursor
        } while cursor != nil
        #expect(seen.count == 25)
        #expect(Set(seen).count == 25)
        let found = try await store.list(AppealFilter(text: "ЕЛОЧНОЙ"), visibleTo: .all, limit: 50, after: nil)
        #expect(found.items.count == 5)
        let none = try await store.list(AppealFilter(text: "100%_"), visibleTo: .all, limit: 50, after: nil)
        #expect(none.items.isEmpty)
        let filtered = try await store.list(AppealFilter(statuses: [.new], channel: .letter, municipalityId: "60701000"), visibleTo: .all, limit: 50, after: nil)
        #expect(filtered.items.count == 25)
        #expect(try await store.list(AppealFilter(channel: .vk), visibleTo: .all, limit: 50, after: nil).items.isEmpty)
        try await store.close()
    }

    @Test("a changed event in the database is found by the chain check", arguments: TestDatabases.kinds)
    func tamperingIsFound(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let id = try await store.intake([TestDatabases.draft()], by: op)[0].appeal.id
        _ = try await store.perform(.register, input: ActionInput(), on: id, by: op)
        _ = try await store.perform(.assign, input: ActionInput(bodyId: "b1"), on: id, by: op)
        #expect(try await store.verifyChain().firstBreak == nil)
        try await store.executeRaw("UPDATE events SET actor_id = 'u-e1' WHERE seq = 2")
        let report = try await store.verifyChain()
        #expect(report.firstBreak?.seq == 2)
        #expect(report.eventsChecked == 1)
        #expect(report.lastHash == nil)
        try await store.close()
    }

    @Test("numbers are unique and consecutive under concurrent intake", arguments: TestDatabases.kinds)
    func concurrentIntake(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let numbers = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<40 {
                group.addTask { try await store.intake([TestDatabases.draft("Обращение \(index)")], by: op)[0].appeal.number }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(numbers).count == 40)
        #expect(numbers.map { Int($0.suffix(6))! }.sorted() == Array(1...40))
        #expect(try await store.verifyChain().isWhole(events: 40))
        try await store.close()
    }

    @Test("writes committed together in one group: a failing one rolls back alone, the others commit",
          arguments: TestDatabases.kinds)
    func groupCommitIsolatesFailures(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let targets = try await store.intake((0..<20).map { TestDatabases.draft("Обращение \($0)") }, by: op).map(\.appeal.id)
        let now = Timestamp.now()
        // Each failing request registers its appeal (a write) and then tries an action the workflow refuses.
        let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
            for (index, id) in targets.enumerated() {
                group.addTask {
                    do {
                        _ = try await store.perform([
                            ActionRequest(action: .register, input: ActionInput(), appealId: id, user: op, at: now),
                            ActionRequest(action: .approve, input: ActionInput(), appealId: id, user: op, at: now),
                        ])
                        return true
                    } catch StoreError.workflow {
                        return false
                    }
                }
                group.addTask { try await store.intake([TestDatabases.draft("Новое \(index)")], by: op)[0].created }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count == 20)
        #expect(outcomes.filter { !$0 }.count == 20)
        for id in targets {
            #expect(try await store.appeal(id: id, visibleTo: .all)?.status == .new)
            #expect(try await store.history(of: id).count == 1)
        }
        #expect(try await store.countByStatus()[.new] == 40)
        #expect(try await store.verifyChain().isWhole(events: 40))
        try await store.close()
    }

    @Test("a key repeated inside one batch, or already stored, gives the same appeal; numbers stay consecutive",
          arguments: TestDatabases.kinds)
    func batchResolvesRepeatedKeys(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let earlier = try await store.intake([TestDatabases.draft(channel: .vk, externalId: "vk-1")], by: op)[0].appeal
        let results = try await store.intake([
            TestDatabases.draft("Первое", channel: .pos, externalId: "pos-7"),
            TestDatabases.draft("Без ключа"),
            TestDatabases.draft("Повтор первого", channel: .pos, externalId: "pos-7"),
            TestDatabases.draft("Уже было", channel: .vk, externalId: "vk-1"),
            TestDatabases.draft("Тот же ключ, другой канал", channel: .telegram, externalId: "pos-7"),
        ], by: op)
        #expect(results.map(\.created) == [true, true, false, false, true])
        #expect(results[2].appeal.id == results[0].appeal.id)
        #expect(results[3].appeal == earlier)
        #expect(Set(results.map(\.appeal.id)).count == 4)
        #expect([results[0], results[1], results[4]].map { Int($0.appeal.number.suffix(6))! } == [2, 3, 4])
        #expect(try await store.verifyChain().isWhole(events: 4))
        try await store.close()
    }

    @Test("several actions on one appeal in one group: each has its own event, the row holds the last state",
          arguments: TestDatabases.kinds)
    func actionsInOneGroupKeepEveryStep(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let exec = TestDatabases.user("exec1")
        let ids = try await store.intake([TestDatabases.draft("Первое"), TestDatabases.draft("Второе")], by: op).map(\.appeal.id)
        let now = Timestamp.now()
        let results = try await store.perform([
            ActionRequest(action: .register, input: ActionInput(summary: "Яма"), appealId: ids[0], user: op, at: now),
            ActionRequest(action: .register, input: ActionInput(), appealId: ids[1], user: op, at: now),
            ActionRequest(action: .assign, input: ActionInput(bodyId: "b1"), appealId: ids[0], user: op, at: now),
            ActionRequest(action: .accept, input: ActionInput(), appealId: ids[0], user: exec, at: now),
        ])
        #expect(results.map(\.status) == [.registered, .registered, .assigned, .inProgress])
        let stored = try #require(try await store.appeal(id: ids[0], visibleTo: .all))
        #expect(stored == results[3])
        #expect(stored.version == 4)
        let history = try await store.history(of: ids[0])
        #expect(history.map(\.type) == ["created", "register", "assign", "accept"])
        #expect(history[2].payload.contains(#""bodyId":null,"status":"registered"#))
        #expect(try await store.appeal(id: ids[1], visibleTo: .all)?.status == .registered)
        #expect(try await store.verifyChain().isWhole(events: 6))
        try await store.close()
    }
}

extension ChainReport {
    /// Whole, with this many events, and the last one's hash given.
    func isWhole(events: Int64) -> Bool {
        firstBreak == nil && eventsChecked == events && lastHash?.count == 64
    }
}
