import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// The changes of ПОС items a citizen is told of after the event log's position `after`, oldest first: what
    /// the feedback platform's connector pulls (`POSUpdate`). Each item is shown as it stands now.
    public func posUpdates(after: Int64, limit: Int) async throws -> [POSUpdate] {
        let types = Array(POSUpdate.told)
        return try await backend.read { db in
            try await db.raw(
                """
                SELECT e.seq, e.appeal_id, e.at, e.actor_id, e.type, e.payload, e.prev_hash, e.hash, a.doc FROM events e
                JOIN appeals a ON a.id = e.appeal_id
                WHERE e.seq > \(bind: after) AND a.channel = \(bind: Channel.pos.rawValue) AND e.type IN (\(binds: types))
                ORDER BY e.seq LIMIT \(literal: limit)
                """
            ).all().compactMap { row in POSUpdate(event: try Self.decodeEvent(row), appeal: try AppealRows.decode(row)) }
        }
    }
}
