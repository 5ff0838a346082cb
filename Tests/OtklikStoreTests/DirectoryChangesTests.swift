import Foundation
import OtklikCore
import OtklikTestSupport
import Testing

@testable import OtklikStore

@Suite("The directories' change log: each change with who made it and the entry before and after; no change, no entry")
struct DirectoryChangesTests {
    @Test("a new body, the same body saved again, a rename and a user blocked make three entries with their fields", arguments: TestDatabases.kinds)
    func changesRecorded(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let before = try await store.directoryChanges().count
        let body = Body(id: "b3", name: "Департамент ЖКХ", municipalityId: "60701000")
        try await store.save(bodies: [body], by: "u-admin")
        try await store.save(bodies: [body], by: "u-admin")
        var renamed = body
        renamed.name = "Департамент ЖКХ города"
        try await store.save(bodies: [renamed], by: "u-admin")
        try await store.setBlocked(userId: "u-e1", true, by: "u-admin")
        let changes = try await store.directoryChanges()
        #expect(changes.count == before + 3)
        let rename = try #require(changes.first { $0.entity == .body && $0.before != nil })
        #expect(rename.actorId == "u-admin")
        #expect(rename.changes == [#"name: "Департамент ЖКХ" → "Департамент ЖКХ города""#])
        let created = try #require(changes.first { $0.entity == .body && $0.before == nil })
        #expect(created.changes.contains(#"name: — → "Департамент ЖКХ""#))
        let blocked = try #require(changes.first { $0.entity == .user })
        #expect(blocked.entityId == "u-e1")
        #expect(blocked.changes == ["blocked: false → true"])
        try await store.close()
    }
}
