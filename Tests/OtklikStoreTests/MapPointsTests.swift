import Foundation
import OtklikCore
import OtklikTestSupport
import SQLKit
import Testing

@testable import OtklikStore

@Suite("The map's points: a period's items with a point, filtered and scoped like slices")
struct MapPointsTests {
    let now = Date()
    var today: LocalDate { LocalDate(now, in: TimeZone(identifier: "Europe/Moscow")!) }

    func draft(_ topic: String, hoursAgo: Double, point: GeoPoint?) -> AppealDraft {
        var draft = TestDatabases.draft()
        draft.topicId = topic
        draft.receivedAt = now.addingTimeInterval(-hoursAgo * 3600)
        draft.point = point
        return draft
    }

    /// Three road items with points, one without, a transport item with a point, an old road item.
    func seed(_ store: AppealStore) async throws {
        let drafts = [
            draft("roads.repair", hoursAgo: 3, point: GeoPoint(lat: 47.21, lon: 39.71)),
            draft("roads.repair", hoursAgo: 2, point: GeoPoint(lat: 47.22, lon: 39.72)),
            draft("roads.repair", hoursAgo: 1, point: GeoPoint(lat: 47.23, lon: 39.73)),
            draft("roads.repair", hoursAgo: 1, point: nil),
            draft("transport.routes", hoursAgo: 4, point: GeoPoint(lat: 47.5, lon: 40.1)),
            draft("roads.repair", hoursAgo: 40 * 24, point: GeoPoint(lat: 47.0, lon: 39.0)),
        ]
        _ = try await store.intake(drafts, by: TestDatabases.user("operator"))
    }

    @Test("the period's points, newest first; a block filter, a limit and a block scope narrow them", arguments: TestDatabases.kinds)
    func filtered(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        try await seed(store)
        let from = today.adding(days: -29)
        let all = try await store.points(from: from, to: today, filter: SliceFilter(), visibleTo: .all, limit: 100)
        #expect(all.total == 4)
        #expect(all.points.first == GeoPoint(lat: 47.23, lon: 39.73))
        var roads = SliceFilter()
        roads.restrict(.block, to: ["roads"])
        let limited = try await store.points(from: from, to: today, filter: roads, visibleTo: .all, limit: 2)
        #expect(limited.total == 3)
        #expect(limited.points == [GeoPoint(lat: 47.23, lon: 39.73), GeoPoint(lat: 47.22, lon: 39.72)])
        let transport = try await store.points(from: from, to: today, filter: SliceFilter(), visibleTo: .blocks(["transport"]), limit: 100)
        #expect(transport.points == [GeoPoint(lat: 47.5, lon: 40.1)])
        let older = try await store.points(from: today.adding(days: -60), to: today, filter: roads, visibleTo: .all, limit: 100)
        #expect(older.total == 4)
        try await store.close()
    }

    @Test("the migration copies the points of items stored before it from their documents", arguments: TestDatabases.kinds)
    func migrationFillsPoints(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        try await seed(store)
        try await store.backend.write { db in try await db.raw("UPDATE appeals SET lat = NULL, lon = NULL").run() }
        let from = today.adding(days: -60)
        #expect(try await store.points(from: from, to: today, filter: SliceFilter(), visibleTo: .all, limit: 100).total == 0)
        try await store.backend.write { db in try await AppealRows.fillPoints(in: db) }
        let filled = try await store.points(from: from, to: today, filter: SliceFilter(), visibleTo: .all, limit: 100)
        #expect(filled.total == 5)
        #expect(filled.points.last == GeoPoint(lat: 47.0, lon: 39.0))
        try await store.close()
    }

    @Test("a database of version 8 with items is brought up to date: the rollup counted, the points filled", arguments: TestDatabases.kinds)
    func upgradeFromVersionEight(kind: DatabaseKind) async throws {
        let store = try await AppealStore.open(try TestDatabase.url(kind), migrating: false)
        _ = try await store.migrate(through: 8)
        var draft = draft("roads.repair", hoursAgo: 2, point: GeoPoint(lat: 47.22, lon: 39.72))
        draft.blockId = "roads"
        let appeal = Appeal(id: "old-1", number: "ЦУР-2026-000001", draft: draft, receivedAt: draft.receivedAt ?? now, now: now)
        let document = String(decoding: try AppealRows.document(appeal), as: UTF8.self)
        // The row as version 8 wrote it: its columns of then and the document.
        try await store.backend.write { db in
            try await db.raw(
                """
                INSERT INTO appeals (id, number, kind, channel, received_at, status, municipality_id, block_id, topic_id, search_text, version,
                  updated_at, doc)
                VALUES (\(bind: appeal.id), \(bind: appeal.number), \(bind: appeal.kind.rawValue), \(bind: appeal.channel.rawValue),
                  \(bind: Timestamp.millis(appeal.receivedAt)), \(bind: appeal.status.rawValue), \(bind: appeal.municipalityId), \(bind: appeal.blockId),
                  \(bind: appeal.topicId), '', 1, \(bind: Timestamp.millis(now)), \(bind: document))
                """
            ).run()
        }
        #expect(try await store.migrate() == ["analytics-rollup", "analytics-revision", "appeal-points", "analytics-quality", "indicator-plans", "weekly-notes", "appeal-facts", "analytics-durations", "raw-payloads", "outbox", "attachments", "public-tickets", "public-topics", "polls", "discussions", "public-keys", "user-emails", "official-pages", "public-authors", "directory-changes", "attachment-bytes", "places", "reaction-working-hours", "attachment-thumbnails"])
        let stored = try await store.rollup(from: today.adding(days: -1), to: today, counted: false, now: now)
        #expect(stored == (try await store.rollup(from: today.adding(days: -1), to: today, counted: true, now: now)))
        #expect(stored.cells.values.reduce(0) { $0 + $1.appeals } == 1)
        let points = try await store.points(from: today.adding(days: -1), to: today, filter: SliceFilter(), visibleTo: .all, limit: 10)
        #expect(points.points == [GeoPoint(lat: 47.22, lon: 39.72)])
        try await store.close()
    }
}
