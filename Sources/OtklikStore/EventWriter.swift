import Foundation
import OtklikCore
import SQLKit

/// Appends events to the chain inside one write transaction, keeping the chain head in memory
/// so a batch reads it once, and inserting many events to a statement.
struct EventWriter {
    let db: any SQLDatabase
    private var head: (seq: Int64, hash: String)?

    /// An event before it has its place in the chain.
    struct Entry {
        var appealId: String
        var at: Date
        var actorId: String
        var type: String
        var payload: String
    }

    init(db: any SQLDatabase) {
        self.db = db
    }

    @discardableResult
    mutating func append(_ entries: [Entry]) async throws -> [AppealEvent] {
        var previous = try await currentHead()
        var events: [AppealEvent] = []
        events.reserveCapacity(entries.count)
        for entry in entries {
            let event = AppealEvent(
                seq: previous.seq + 1, appealId: entry.appealId, at: entry.at, actorId: entry.actorId, type: entry.type,
                payload: entry.payload, prevHash: previous.hash
            )
            events.append(event)
            previous = (event.seq, event.hash)
        }
        for start in stride(from: 0, to: events.count, by: AppealRows.chunk) {
            let values = events[start..<min(start + AppealRows.chunk, events.count)].map { event -> SQLQueryString in
                """
                (\(bind: event.seq), \(bind: event.appealId), \(bind: Timestamp.millis(event.at)), \(bind: event.actorId),
                  \(bind: event.type), \(bind: event.payload), \(bind: event.prevHash), \(bind: event.hash))
                """
            }
            try await db.raw(
                "INSERT INTO events (seq, appeal_id, at, actor_id, type, payload, prev_hash, hash) VALUES \(values.joined(separator: ", "))"
            ).run()
        }
        head = previous
        return events
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
