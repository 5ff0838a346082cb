import OtklikCore
import SQLKit

extension AppealStore {
    /// The last event's number: the chain's length while it is whole, what a walk through it counts towards.
    public func chainLength() async throws -> Int64 {
        try await backend.read { db in
            try await db.raw("SELECT MAX(seq) AS last FROM events").first()?.decode(column: "last", as: Int64?.self) ?? 0
        }
    }

    /// The stored hash of event `seq`, nil when there is no such event.
    public func eventHash(seq: Int64) async throws -> String? {
        try await backend.read { db in
            try await db.raw("SELECT hash FROM events WHERE seq = \(bind: seq)").first()?.decode(column: "hash", as: String.self)
        }
    }

    /// Walks the whole chain in pages and names the first broken link; `progress` hears the events checked after
    /// each page.
    public func verifyChain(pageSize: Int = 5_000, progress: (Int64) -> Void = { _ in }) async throws -> ChainReport {
        var previous: (seq: Int64, hash: String) = (0, EventChain.genesis)
        var checked: Int64 = 0
        while true {
            let after = previous.seq
            let page = try await backend.read { db in
                try await db.raw("SELECT * FROM events WHERE seq > \(bind: after) ORDER BY seq LIMIT \(literal: pageSize)").all()
                    .map(Self.decodeEvent)
            }
            if page.isEmpty { return ChainReport(eventsChecked: checked, firstBreak: nil, lastHash: checked > 0 ? previous.hash : nil) }
            if let broken = EventChain.firstBreak(in: page, after: previous) {
                return ChainReport(eventsChecked: checked + (broken.seq - after - 1), firstBreak: broken)
            }
            checked += Int64(page.count)
            progress(checked)
            previous = (page[page.count - 1].seq, page[page.count - 1].hash)
        }
    }

    /// Test and repair tooling only: runs a raw statement outside the event log.
    /// Tests use it to tamper with the log the way an intruder with database access could.
    public func executeRaw(_ sql: String) async throws {
        try await backend.write { db in try await db.raw(SQLQueryString(sql)).run() }
    }
}
