import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// The appeal if `scope` may see it; nil otherwise, so a foreign appeal looks like a missing one.
    public func appeal(id: String, visibleTo scope: Scope) async throws -> Appeal? {
        let appeal = try await backend.read { db in try await AppealRows.load(id: id, in: db) }
        guard let appeal, scope.contains(appeal) else { return nil }
        return appeal
    }

    /// ` AND …` limiting a query on `appeals` to what `scope` may see.
    static func condition(for scope: Scope) -> SQLQueryString {
        switch scope {
        case .all: ""
        case .body(let id): " AND body_id = \(bind: id)"
        case .blocks(let ids): ids.isEmpty ? " AND 1 = 0" : " AND block_id IN (\(binds: ids.sorted()))"
        }
    }

    /// A page of appeals in `filter.sort` order, keyset-paged on (the sort key, id).
    public func list(
        _ filter: AppealFilter, visibleTo scope: Scope, limit: Int, after cursor: PageCursor?, now: Date = Timestamp.now()
    ) async throws -> AppealPage {
        let sort = filter.sort
        var sql: SQLQueryString = "SELECT doc, \(unsafeRaw: sort.column) AS sort_key, id FROM appeals WHERE 1 = 1" + Self.condition(for: scope)
        if let ids = filter.ids { sql += ids.isEmpty ? " AND 1 = 0" : " AND id IN (\(binds: ids))" }
        if let statuses = filter.statuses, !statuses.isEmpty { sql += " AND status IN (\(binds: statuses.map(\.rawValue)))" }
        if let kind = filter.kind { sql += " AND kind = \(bind: kind.rawValue)" }
        if let channel = filter.channel { sql += " AND channel = \(bind: channel.rawValue)" }
        if let topics = filter.topicIds, !topics.isEmpty { sql += " AND topic_id IN (\(binds: topics))" }
        if let block = filter.blockId { sql += " AND block_id = \(bind: block)" }
        if let municipality = filter.municipalityId { sql += " AND municipality_id = \(bind: municipality)" }
        if let body = filter.bodyId { sql += " AND body_id = \(bind: body)" }
        if let from = filter.from { sql += " AND received_at >= \(bind: Timestamp.millis(from))" }
        if let to = filter.to { sql += " AND received_at < \(bind: Timestamp.millis(to))" }
        if let text = filter.text, !text.isEmpty {
            sql += " AND search_text LIKE \(bind: SearchText.likePattern(text)) ESCAPE '\\'"
        }
        // The same states as `TermState.of`, on the term of the items whose term runs (`open_due_at`).
        let millis = Timestamp.millis(now)
        if let overdue = filter.overdue {
            sql += overdue ? " AND open_due_at < \(bind: millis)" : " AND (open_due_at IS NULL OR open_due_at >= \(bind: millis))"
        }
        if let within = filter.dueWithin {
            sql += " AND open_due_at >= \(bind: millis) AND open_due_at < \(bind: millis + Int64(within * 1000))"
        }
        if sort == .due { sql += " AND open_due_at IS NOT NULL" }
        let (after, order) = sort.descending ? ("<", "DESC") : (">", "ASC")
        if let cursor {
            sql +=
                " AND (\(unsafeRaw: sort.column) \(unsafeRaw: after) \(bind: cursor.key) OR (\(unsafeRaw: sort.column) = \(bind: cursor.key) AND id \(unsafeRaw: after) \(bind: cursor.id)))"
        }
        sql += " ORDER BY \(unsafeRaw: sort.column) \(unsafeRaw: order), id \(unsafeRaw: order) LIMIT \(literal: limit + 1)"
        let query = sql
        let rows = try await backend.read { db in try await db.raw(query).all() }
        let items = try rows.prefix(limit).map(AppealRows.decode)
        let next = rows.count > limit ? try rows[limit - 1].decode(column: "sort_key", as: Int64.self) : nil
        let cursor = next.map { PageCursor(key: $0, id: items[limit - 1].id) }
        return AppealPage(items: items, nextCursor: cursor)
    }

    /// The events of one appeal, oldest first.
    public func history(of id: String) async throws -> [AppealEvent] {
        try await backend.read { db in
            try await db.raw("SELECT * FROM events WHERE appeal_id = \(bind: id) ORDER BY seq").all().map(Self.decodeEvent)
        }
    }

    /// A round trip to the database, for health checks: cheap at any size.
    public func ping() async throws {
        _ = try await backend.read { db in try await db.raw("SELECT 1 AS ok").all() }
    }

    /// Appeals by status, for metrics and counters.
    public func countByStatus() async throws -> [AppealStatus: Int] {
        try await backend.read { db in
            var counts: [AppealStatus: Int] = [:]
            for row in try await db.raw("SELECT status, COUNT(*) AS n FROM appeals GROUP BY status").all() {
                if let status = AppealStatus(rawValue: try row.decode(column: "status", as: String.self)) {
                    counts[status] = Int(try row.decode(column: "n", as: Int64.self))
                }
            }
            return counts
        }
    }

    static func decodeEvent(_ row: any SQLRow) throws -> AppealEvent {
        var event = AppealEvent(
            seq: try row.decode(column: "seq", as: Int64.self), appealId: try row.decode(column: "appeal_id", as: String.self),
            at: Timestamp.date(millis: try row.decode(column: "at", as: Int64.self)),
            actorId: try row.decode(column: "actor_id", as: String.self), type: try row.decode(column: "type", as: String.self),
            payload: try row.decode(column: "payload", as: String.self), prevHash: try row.decode(column: "prev_hash", as: String.self)
        )
        // Keep the stored hash, not the recomputed one: verification compares the two.
        event.hash = try row.decode(column: "hash", as: String.self)
        return event
    }
}
