import Foundation
import OtklikCore
import OtklikTestSupport
import SQLKit
import Testing

@testable import OtklikStore

@Suite("A file's bytes are kept as bytes; one kept as base64 before migration 29 still reads back whole")
struct AttachmentBytesTests {
    @Test("a file kept as base64 text before the migration and one kept after both read back byte for byte", arguments: TestDatabases.kinds)
    func oldAndNew(kind: DatabaseKind) async throws {
        let store = try await AppealStore.open(try TestDatabase.url(kind), migrating: false)
        _ = try await store.migrate(through: 28)
        try await store.save(municipalities: [Municipality(oktmo: "60701000", name: "город Ростов-на-Дону")])
        try await store.save(rubricator: .default)
        try await store.add(user: TestDatabases.user("operator"), passwordHash: "not-a-real-hash")
        let appeal = try await store.intake([TestDatabases.draft()], by: TestDatabases.user("operator"))[0].appeal
        let old = Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF, 0x10])
        try await store.backend.write { db in
            try await db.raw(
                """
                INSERT INTO attachments (id, appeal_id, file_name, content_type, size, sha256, data, created_at)
                VALUES ('old-file', \(bind: appeal.id), 'old.png', 'image/png', 7, \(bind: SHA256Hex.of([UInt8](old))), \(bind: old.base64EncodedString()), 1)
                """
            ).run()
        }
        _ = try await store.migrate()
        #expect(try await store.attachmentData("old-file", of: appeal.id)?.1 == old)

        let photo = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 16) + [0xFF, 0x00, 0x7F])
        try await store.backend.write { db in
            let file = StoredAttachment(
                id: "new-file", appealId: appeal.id, fileName: "new.png", contentType: "image/png", size: photo.count,
                sha256: SHA256Hex.of([UInt8](photo)), createdAt: Date()
            )
            try await AppealStore.insertAttachments([(file, photo)], in: db)
        }
        #expect(try await store.attachmentData("new-file", of: appeal.id)?.1 == photo)
        let stored = try await store.backend.read { db in
            try await db.raw("SELECT data FROM attachments WHERE id = 'new-file'").first()?.decode(column: "data", as: String.self)
        }
        #expect(stored == "")
        try await store.close()
    }
}
