import Foundation
import OtklikCore
import SQLKit

/// Appends events to the chain inside one write transaction, keeping the chain head in memory
/// so a batch reads it once.
struct EventWriter {
    let db: any SQLDatabase
    private var head: (seq: Int64, hash: String)?

    init(db: any SQLDatabase) {
        self.db = db
    }

    mutating func append(appealId: String, at: Date, actorId: String, type: String, payload: String) async throws -> AppealEvent {
        let previous = try await currentHead()
        let event = AppealEvent(
            seq: previous.seq + 1, appealId: appealId, at: at, actorId: actorId, type: type, payload: payload, prevHash: previous.hash
        )
        try await db.raw(
            """
            INSERT INTO events (seq, appeal_id, at, actor_id, type, payload, prev_hash, hash)
            VALUES (\(bind: event.seq), \(bind: event.appealId), \(bind: Timestamp.millis(event.at)), \(bind: event.actorId),
              \(bind: event.type), \(bind: event.payload), \(bind: event.prevHash), \(bind: event.hash))
            """
        ).run()
        head = (event.seq, event.hash)
        return event
    }

    private mutating func currentHead() async throws -> (seq: Int64, hash: String) {
        if let head { return head }
        let row = try await db.raw("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").first()
        let loaded: (seq: Int64, hash: String) =
            if let row { (try row.decode(column: "seq", as: Int64.self), try row.decode(column: "hash", as: String.self)) } else {
                (0, EventChain.genesis)
            }
        head = loaded
        return loaded
    }
}
