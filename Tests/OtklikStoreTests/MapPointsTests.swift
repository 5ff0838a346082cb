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
}
