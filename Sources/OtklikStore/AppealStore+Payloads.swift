import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// What the channels sent for an item, oldest first.
    public func payloads(of appealId: String) async throws -> [StoredPayload] {
        try await backend.read { db in
            try await db.raw("\(unsafeRaw: Self.payloadColumns) WHERE appeal_id = \(bind: appealId) ORDER BY received_at, id").all().map(Self.payload)
        }
    }

    /// One stored payload by its id.
    public func payload(id: String) async throws -> StoredPayload? {
        try await backend.read { db in
            try await db.raw("\(unsafeRaw: Self.payloadColumns) WHERE id = \(bind: id)").first().map(Self.payload)
        }
    }

    private static let payloadColumns = "SELECT id, appeal_id, channel, external_id, received_at, content_type, body, sha256 FROM raw_payloads"

    private static func payload(_ row: any SQLRow) throws -> StoredPayload {
        let body = try row.decode(column: "body", as: String.self)
        guard let bytes = Data(base64Encoded: body) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "raw_payloads: the body is not base64"))
        }
        return StoredPayload(
            id: try row.decode(column: "id", as: String.self), appealId: try row.decode(column: "appeal_id", as: String.self),
            channel: try row.decode(column: "channel", as: String.self), externalId: try row.decode(column: "external_id", as: String?.self),
            receivedAt: Timestamp.date(millis: try row.decode(column: "received_at", as: Int64.self)),
            sha256: try row.decode(column: "sha256", as: String.self),
            payload: RawPayload(contentType: try row.decode(column: "content_type", as: String.self), body: bytes)
        )
    }
}
