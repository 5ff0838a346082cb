import Foundation
import OtklikCore
import OtklikTestSupport
import SQLKit
import Testing

@testable import OtklikStore

@Suite("K5 in working hours: the executor's first action counts office time, and stored items are counted by migration 31")
struct ReactionMinutesTests {
    func instant(_ text: String) -> Date { Timestamp.parse(text + "+03:00")! }

    func meanReactionHours(_ store: AppealStore, source: AppealStore.SliceSource, month: String) async throws -> Double? {
        let from = LocalDate(iso: month + "-01")!
        let request = SliceRequest(measure: .meanReactionHours, rows: .block, from: from, to: from.adding(days: 27))
        return try await store.slice(request, visibleTo: .all, source: source, now: instant(month + "-28T12:00:00")).total
    }

    /// An item received at 15:00 of `day`, sent to a body at 16:00 (registering it), accepted by its executor at `reaction`.
    func reactedItem(in store: AppealStore, day: String, reaction: String) async throws -> String {
        let op = TestDatabases.user("operator")
        let id = try #require(try await store.intake([TestDatabases.draft()], by: op, at: instant(day + "T15:00:00")).first?.appeal.id)
        _ = try await store.perform(.assign, input: ActionInput(bodyId: "b1"), on: id, by: op, at: instant(day + "T16:00:00"))
        _ = try await store.perform(.accept, input: ActionInput(), on: id, by: TestDatabases.user("exec1"), at: instant(reaction))
        return id
    }

    @Test("sent on Friday at 16:00, accepted on Monday at 10:30: 2.5 working hours, in the item and in every slice path", arguments: TestDatabases.kinds)
    func overAWeekend(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let id = try await reactedItem(in: store, day: "2026-11-20", reaction: "2026-11-23T10:30:00")
        let item = try #require(try await store.appeal(id: id, visibleTo: .all))
        #expect(item.reactedAt == instant("2026-11-23T10:30:00"))
        #expect(item.reactionWorkingMinutes == 150)
        for source in AppealStore.SliceSource.allCases {
            #expect(try await meanReactionHours(store, source: source, month: "2026-11") == 2.5)
        }
        try await store.close()
    }

    @Test("an item that reacted before migration 31 gets its working minutes on the loaded calendar years, and the rollup counts them", arguments: TestDatabases.kinds)
    func storedItems(kind: DatabaseKind) async throws {
        let url = try TestDatabase.url(kind)
        let store = try await AppealStore.open(url, migrating: false)
        _ = try await store.migrate(through: 30)
        try await store.save(municipalities: [Municipality(oktmo: "60701000", name: "город Ростов-на-Дону")])
        try await store.save(rubricator: .default)
        try await store.save(bodies: [
            Body(id: "b1", name: "Администрация города", blockIds: ["roads"]), Body(id: "b2", name: "Министерство транспорта", blockIds: ["transport"]),
        ])
        for user in TestDatabases.users.values { try await store.add(user: user, passwordHash: "not-a-real-hash") }
        // 2028 has no shipped calendar: the reaction stays uncounted until its year is loaded.
        let id = try await reactedItem(in: store, day: "2028-01-17", reaction: "2028-01-18T10:00:00")
        #expect(try await store.appeal(id: id, visibleTo: .all)?.reactionWorkingMinutes == nil)
        let admin = User(id: "u-admin", login: "admin", name: "Админ", role: .admin)
        try await store.add(user: admin, passwordHash: "not-a-real-hash")
        try await store.loadCalendar(text: "2028 | проверка\n01-03 decree", by: admin)
        try await store.close()

        // A new process: its policy has the shipped years only until it reads the loaded ones.
        let reopened = try await AppealStore.open(url, migrating: false)
        #expect(try await meanReactionHours(reopened, source: .rollup, month: "2028-01") == nil)
        #expect(try await reopened.migrate() == ["reaction-working-hours", "attachment-thumbnails"])
        // Monday 16:00–17:00 and Tuesday 9:00–10:00.
        #expect(try await reopened.appeal(id: id, visibleTo: .all)?.reactionWorkingMinutes == 120)
        #expect(try await meanReactionHours(reopened, source: .rollup, month: "2028-01") == 2)
        try await reopened.close()
    }
}
