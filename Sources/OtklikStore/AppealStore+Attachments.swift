import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// Keeps an item's files that `AttachmentPolicy` allows, each once however often it comes (by its SHA-256);
    /// returns the files kept and, for the rest, why not.
    public func attach(
        _ files: [IncomingFile], to appealId: String, at now: Date = Timestamp.now()
    ) async throws -> (kept: [StoredAttachment], refused: [(file: IncomingFile, reason: String)]) {
        let (stored, refused) = Self.prepared(files, for: appealId, at: now)
        try await backend.write { db in try await Self.insertAttachments(stored, in: db) }
        let kept = try await attachments(of: appealId).filter { attachment in stored.contains { $0.0.sha256 == attachment.sha256 } }
        return (kept, refused)
    }

    /// Why `AttachmentPolicy` refuses the file at `index` of an item's files; nil when it is allowed.
    static func refusal(of file: IncomingFile, index: Int) -> String? {
        AttachmentPolicy.refusal(size: file.data.count, contentType: AttachmentPolicy.contentType(of: file.data, declared: file.declaredType), index: index)
    }

    /// The files `AttachmentPolicy` allows as rows of the item, and the others with the reason.
    static func prepared(
        _ files: [IncomingFile], for appealId: String, at now: Date
    ) -> (rows: [(StoredAttachment, Data)], refused: [(file: IncomingFile, reason: String)]) {
        var refused: [(file: IncomingFile, reason: String)] = []
        var rows: [(StoredAttachment, Data)] = []
        for (index, file) in files.enumerated() {
            let type = AttachmentPolicy.contentType(of: file.data, declared: file.declaredType)
            if let reason = AttachmentPolicy.refusal(size: file.data.count, contentType: type, index: index) {
                refused.append((file, reason))
                continue
            }
            let attachment = StoredAttachment(
                id: RecordID.make(at: now), appealId: appealId, fileName: file.fileName.map { String($0.prefix(255)) }, contentType: type ?? "",
                size: file.data.count, sha256: SHA256Hex.of([UInt8](file.data)), createdAt: now
            )
            rows.append((attachment, file.data))
        }
        return (rows, refused)
    }

    static func insertAttachments(_ rows: [(StoredAttachment, Data)], in db: any SQLDatabase) async throws {
        for (attachment, data) in rows {
            try await db.raw(
                """
                INSERT INTO attachments (id, appeal_id, file_name, content_type, size, sha256, data, content, created_at)
                VALUES (\(bind: attachment.id), \(bind: attachment.appealId), \(bind: attachment.fileName), \(bind: attachment.contentType),
                  \(bind: Int64(attachment.size)), \(bind: attachment.sha256), '', \(bind: data), \(bind: Timestamp.millis(attachment.createdAt)))
                ON CONFLICT (appeal_id, sha256) DO NOTHING
                """
            ).run()
        }
    }

    /// The files kept with an item, oldest first.
    public func attachments(of appealId: String) async throws -> [StoredAttachment] {
        try await backend.read { db in
            try await db.raw(
                "SELECT \(unsafeRaw: Self.attachmentColumns) FROM attachments WHERE appeal_id = \(bind: appealId) ORDER BY created_at, id"
            ).all().map(Self.attachment)
        }
    }

    /// One file of an item with its bytes; nil when the item has no such file.
    public func attachmentData(_ id: String, of appealId: String) async throws -> (StoredAttachment, Data)? {
        try await backend.read { db in
            guard let row = try await db.raw(
                "SELECT \(unsafeRaw: Self.attachmentColumns), data, content FROM attachments WHERE id = \(bind: id) AND appeal_id = \(bind: appealId)"
            ).first() else { return nil }
            // Bytes since migration 29; base64 text for files kept before it.
            if let bytes = try row.decode(column: "content", as: Data?.self) { return (try Self.attachment(row), bytes) }
            guard let data = Data(base64Encoded: try row.decode(column: "data", as: String.self)) else {
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "attachments: the data is not base64"))
            }
            return (try Self.attachment(row), data)
        }
    }

    /// A file's thumbnail: kept from the first time it was asked for, else made now by `make` from the file's
    /// bytes and kept (an empty value where `make` gives none, so it is not tried again). Nil when the item has
    /// no such file or no thumbnail can be made of it.
    public func thumbnail(_ id: String, of appealId: String, make: (Data) -> Data?) async throws -> Data? {
        let kept = try await backend.read { db in
            try await db.raw("SELECT thumbnail FROM attachments WHERE id = \(bind: id) AND appeal_id = \(bind: appealId)").first()
                .map { try $0.decode(column: "thumbnail", as: Data?.self) }
        }
        guard let kept else { return nil }
        if let kept { return kept.isEmpty ? nil : kept }
        guard let (_, data) = try await attachmentData(id, of: appealId) else { return nil }
        let made = make(data)
        try await backend.write { db in
            try await db.raw(
                "UPDATE attachments SET thumbnail = \(bind: made ?? Data()) WHERE id = \(bind: id) AND appeal_id = \(bind: appealId) AND thumbnail IS NULL"
            ).run()
        }
        return made
    }

    private static let attachmentColumns = "id, appeal_id, file_name, content_type, size, sha256, created_at"

    private static func attachment(_ row: any SQLRow) throws -> StoredAttachment {
        StoredAttachment(
            id: try row.decode(column: "id", as: String.self), appealId: try row.decode(column: "appeal_id", as: String.self),
            fileName: try row.decode(column: "file_name", as: String?.self), contentType: try row.decode(column: "content_type", as: String.self),
            size: Int(try row.decode(column: "size", as: Int64.self)), sha256: try row.decode(column: "sha256", as: String.self),
            createdAt: Timestamp.date(millis: try row.decode(column: "created_at", as: Int64.self))
        )
    }
}
