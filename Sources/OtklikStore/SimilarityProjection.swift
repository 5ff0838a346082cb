import Foundation
import OtklikCore
import SQLKit

/// The in-memory `SimilarityIndex` of every appeal in the database: filled once after the server starts
/// (page by page, in receipt order), then kept up to date from the event log before each lookup, so appeals
/// taken in by another server process on the same PostgreSQL are found too.
actor SimilarityProjection {
    private var index: SimilarityIndex
    /// The last event seen; events after it may have created appeals or changed their topic block.
    private var lastSeq: Int64 = 0
    private var loading: Task<Void, any Error>?
    private var loaded = false
    private var total = 0
    private let shingles = TextShingles()

    init(rules: SimilarityRules) {
        index = SimilarityIndex(rules: rules)
    }

    /// Starts filling the index in the background (once).
    func start(_ backend: any DatabaseBackend) {
        guard loading == nil else { return }
        loading = Task { try await load(backend) }
    }

    /// The lookup, after catching up with the log; while the first fill runs, waits up to `patience` for it.
    func lookup(_ appeal: Appeal, backend: any DatabaseBackend, patience: Duration) async throws -> SimilarityLookup {
        start(backend)
        let deadline = ContinuousClock.now + patience
        while !loaded, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        guard loaded else { return .building(indexed: index.count, total: total) }
        try await catchUp(backend)
        return .ready(index.check(SimilarityEntry(appeal: appeal, shingles: shingles)))
    }

    private func load(_ backend: any DatabaseBackend) async throws {
        // The log's head before the first page: whatever happens during the fill is replayed after it.
        let (head, count) = try await backend.read { db in
            let head = try await db.raw("SELECT COALESCE(MAX(seq), 0) AS seq FROM events").first()?.decode(column: "seq", as: Int64.self) ?? 0
            let count = try await db.raw("SELECT COUNT(*) AS n FROM appeals").first()?.decode(column: "n", as: Int64.self) ?? 0
            return (head, Int(count))
        }
        total = count
        var after: (received: Int64, id: String)?
        while true {
            let cursor = after
            let page = try await backend.read { db in
                let rows = try await db.raw(
                    cursor.map { "SELECT received_at, id, doc FROM appeals WHERE (received_at, id) > (\(bind: $0.received), \(bind: $0.id)) ORDER BY received_at, id LIMIT 5000" }
                        ?? "SELECT received_at, id, doc FROM appeals ORDER BY received_at, id LIMIT 5000"
                ).all()
                return try rows.map { row in
                    (received: try row.decode(column: "received_at", as: Int64.self), appeal: try AppealRows.decode(row))
                }
            }
            for row in page { index.add(SimilarityEntry(appeal: row.appeal, shingles: shingles)) }
            guard let last = page.last else { break }
            after = (last.received, last.appeal.id)
        }
        lastSeq = head
        loaded = true
    }

    /// Adds the appeals the log shows were created, and re-files those whose structure changed, since `lastSeq`.
    private func catchUp(_ backend: any DatabaseBackend) async throws {
        let since = lastSeq
        let (seq, full, appeals) = try await backend.read { db in
            let events = try await db.raw(
                "SELECT seq, appeal_id, type FROM events WHERE seq > \(bind: since) ORDER BY seq LIMIT 10000"
            ).all()
            let seq = try events.last?.decode(column: "seq", as: Int64.self) ?? since
            var ids: [String] = []
            for row in events where Self.relevant.contains(try row.decode(column: "type", as: String.self)) {
                let id = try row.decode(column: "appeal_id", as: String.self)
                if !ids.contains(id) { ids.append(id) }
            }
            var appeals: [Appeal] = []
            for id in ids { if let appeal = try await AppealRows.load(id: id, in: db) { appeals.append(appeal) } }
            return (seq, events.count == 10000, appeals)
        }
        for appeal in appeals.sorted(by: { $0.receivedAt < $1.receivedAt }) { index.add(SimilarityEntry(appeal: appeal, shingles: shingles)) }
        lastSeq = seq
        if full { try await catchUp(backend) }
    }

    /// Event types that create an appeal or may change its topic block.
    private static let relevant: Set<String> = ["created", WorkflowAction.register.rawValue, WorkflowAction.structure.rawValue, WorkflowAction.assign.rawValue]
}
