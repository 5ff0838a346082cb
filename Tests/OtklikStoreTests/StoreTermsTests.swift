import Foundation
import OtklikCore
import OtklikTestSupport
import Testing

@testable import OtklikStore

@Suite("Storage of terms: the lists by term and the orders, alerts, period counts and calendars, the same on SQLite and PostgreSQL")
struct StoreTermsTests {
    @Test("the lists by term: due soon finds what ends within the window, overdue what has passed", arguments: TestDatabases.kinds)
    func listsByTerm(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let thursday = Timestamp.parse("2026-11-26T10:00:00+03:00")!
        var post = TestDatabases.draft("Пост о яме")
        post.kind = .publication
        post.channel = .vk
        post.receivedAt = thursday
        var letter = TestDatabases.draft("Письмо о яме")
        letter.receivedAt = thursday
        let ids = try await store.intake([post, letter], by: op, at: thursday).map(\.appeal.id)
        // The post: 8 office hours from 10:00 Thursday end at 10:00 Friday; the letter must be registered by the end of Friday.
        let noon = Timestamp.parse("2026-11-26T12:00:00+03:00")!
        let soon = try await store.list(AppealFilter(dueWithin: 24 * 3600), visibleTo: .all, limit: 10, after: nil, now: noon)
        #expect(soon.items.map(\.id) == [ids[0]])
        let saturday = Timestamp.parse("2026-11-28T09:00:00+03:00")!
        let overdue = try await store.list(AppealFilter(overdue: true), visibleTo: .all, limit: 10, after: nil, now: saturday)
        #expect(Set(overdue.items.map(\.id)) == Set(ids))
        #expect(try await store.list(AppealFilter(overdue: true), visibleTo: .all, limit: 10, after: nil, now: noon).items.isEmpty)
        try await store.close()
    }

    @Test("an item whose term stops running leaves the overdue list and the counters, though its term stays on record", arguments: TestDatabases.kinds)
    func finishedItemsAreNotOverdue(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let monday = Timestamp.parse("2026-11-23T10:00:00+03:00")!
        var first = TestDatabases.draft("Первое")
        first.receivedAt = monday
        var second = TestDatabases.draft("Второе")
        second.receivedAt = monday
        let ids = try await store.intake([first, second], by: op, at: monday).map(\.appeal.id)
        let saturday = Timestamp.parse("2026-11-28T09:00:00+03:00")!
        #expect(try await store.counters(of: [.new, .rejected], visibleTo: .all, now: saturday).overdue == 2)
        _ = try await store.perform(.reject, input: ActionInput(ground: .abusive), on: ids[1], by: op, at: saturday)
        let counters = try await store.counters(of: [.new, .rejected], visibleTo: .all, now: saturday)
        #expect(counters[.new] == 1)
        #expect(counters[.rejected] == 1)
        #expect(counters.overdue == 1)
        let overdue = try await store.list(AppealFilter(overdue: true), visibleTo: .all, limit: 10, after: nil, now: saturday)
        #expect(overdue.items.map(\.id) == [ids[0]])
        let onTime = try await store.list(AppealFilter(overdue: false), visibleTo: .all, limit: 10, after: nil, now: saturday)
        #expect(onTime.items.map(\.id) == [ids[1]])
        #expect(try await store.appeal(id: ids[1], visibleTo: .all)?.registrationDueAt != nil)
        #expect(try await store.counters(of: [.new], visibleTo: .body("b1"), now: saturday) == InboxCounters())
        try await store.close()
    }

    @Test("every order pages through all items once: newest, oldest, and the running term nearest first", arguments: TestDatabases.kinds)
    func sortedPaging(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let start = Timestamp.parse("2026-11-02T10:00:00+03:00")!
        let drafts = (0..<5).map { day -> AppealDraft in
            var draft = TestDatabases.draft("Обращение \(day)")
            draft.receivedAt = start.addingTimeInterval(Double(day) * 86_400)
            return draft
        }
        let ids = try await store.intake(drafts, by: op, at: start.addingTimeInterval(5 * 86_400)).map(\.appeal.id)
        _ = try await store.perform(.reject, input: ActionInput(ground: .abusive), on: ids[2], by: op)
        func all(_ sort: AppealSort) async throws -> [String] {
            var seen: [String] = []
            var cursor: PageCursor?
            repeat {
                let page = try await store.list(AppealFilter(sort: sort), visibleTo: .all, limit: 2, after: cursor)
                seen += page.items.map(\.id)
                cursor = page.nextCursor
            } while cursor != nil
            return seen
        }
        #expect(try await all(.newest) == ids.reversed())
        #expect(try await all(.oldest) == ids)
        // The running terms in order (ties by id); the refused one has no running term.
        var running: [(due: Int64, id: String)] = []
        for id in ids where id != ids[2] {
            let appeal = try #require(try await store.appeal(id: id, visibleTo: .all))
            running.append((Timestamp.millis(try #require(appeal.controlDueAt)), id))
        }
        let expected = running.sorted { ($0.due, $0.id) < ($1.due, $1.id) }.map(\.id)
        #expect(try await all(.due) == expected)
        #expect(!expected.contains(ids[2]))
        try await store.close()
    }

    @Test("term alerts are raised once each, reach the right people and can be marked read", arguments: TestDatabases.kinds)
    func termAlertsOnce(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let tenDaysAgo = Timestamp.now().addingTimeInterval(-10 * 86_400)
        var late = TestDatabases.draft("Просроченное")
        late.receivedAt = tenDaysAgo
        let id = try await store.intake([late, TestDatabases.draft("Свежее")], by: op)[0].appeal.id
        // The late one was not registered in time: an escalation to its block (roads) and to the centre.
        #expect(try await store.raiseTermAlerts(soon: 3600) == 2)
        #expect(try await store.raiseTermAlerts(soon: 3600) == 0)
        #expect(try await store.notifications(for: TestDatabases.user("roads")).map(\.appealId) == [id])
        let centre = try await store.notifications(for: op)
        #expect(centre.map(\.appealId) == [id])
        #expect(centre.first?.kind == .escalation)
        #expect(try await store.notifications(for: TestDatabases.user("exec1")).isEmpty)
        #expect(try await store.markNotificationRead(id: centre[0].id, by: op))
        #expect(try await !store.markNotificationRead(id: centre[0].id, by: op))
        #expect(try await store.notifications(for: op, unreadOnly: true).isEmpty)
        try await store.close()
    }

    @Test("§ 5.2 counts of a period: new, repeated, overdue and postponed, by block", arguments: TestDatabases.kinds)
    func flowCountsOfPeriod(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        let exec = TestDatabases.user("exec1")
        let now = Timestamp.now()
        let twentyDaysAgo = now.addingTimeInterval(-20 * 86_400)
        var late = TestDatabases.draft("Не зарегистрировано вовремя")
        late.receivedAt = twentyDaysAgo
        var postponed = TestDatabases.draft("Отложено")
        postponed.receivedAt = twentyDaysAgo
        let first = try await store.intake([late, postponed], by: op, at: twentyDaysAgo)
        var repeated = TestDatabases.draft("Опять яма")
        repeated.repeatOf = first[0].appeal.id
        _ = try await store.intake([repeated], by: op, at: now)
        let hour: TimeInterval = 3600
        _ = try await store.perform([
            ActionRequest(action: .register, input: ActionInput(), appealId: first[1].appeal.id, user: op, at: twentyDaysAgo + hour),
            ActionRequest(action: .assign, input: ActionInput(bodyId: "b1"), appealId: first[1].appeal.id, user: op, at: twentyDaysAgo + 2 * hour),
            ActionRequest(action: .accept, input: ActionInput(), appealId: first[1].appeal.id, user: exec, at: twentyDaysAgo + 3 * hour),
            ActionRequest(
                action: .postpone, input: ActionInput(until: now + 5 * 86_400, reason: "Ждём подрядчика"), appealId: first[1].appeal.id,
                user: exec, at: now - hour
            ),
        ])
        let counts = try await store.flowCounts(from: now - 30 * 86_400, to: now + 86_400, by: .block, visibleTo: .all, now: now)
        var expected = FlowCounts()
        expected.new = 3
        expected.repeated = 1
        expected.overdue = 1
        expected.postponed = 1
        #expect(counts == ["roads": expected])
        #expect(try await store.flowCounts(from: now - 30 * 86_400, to: now + 86_400, by: .block, visibleTo: .body("b2"), now: now).isEmpty)
        try await store.close()
    }

    @Test("a loaded calendar year is kept in the database and replaces the shipped one on the next opening",
          arguments: TestDatabases.kinds)
    func calendarYearsPersist(kind: DatabaseKind) async throws {
        let url = try TestDatabase.url(kind)
        let store = try await AppealStore.open(url)
        let admin = User(id: "u-admin", login: "admin", name: "Админ", role: .admin)
        #expect(try store.terms.calendar.isWorkingDay(LocalDate(iso: "2027-11-05")!) == false)
        // A correction of 2027 (5 November worked) and a new 2028.
        let years = try await store.loadCalendar(text: "2027 | исправление\n01-08 decree\n2028 | новый год\n01-10 decree", by: admin)
        #expect(years == [2027, 2028])
        try await store.close()
        let reopened = try await AppealStore.open(url)
        #expect(try reopened.terms.calendar.isWorkingDay(LocalDate(iso: "2027-11-05")!))
        #expect(try !reopened.terms.calendar.isWorkingDay(LocalDate(iso: "2028-01-10")!))
        #expect(try await reopened.calendarYears().filter(\.loaded).map(\.year) == [2027, 2028])
        await #expect(throws: StoreError.self) { try await reopened.loadCalendar(text: "без года", by: admin) }
        try await reopened.close()
    }
}
