import Foundation
import OtklikCore
import SQLKit

/// The outbox (issue 8; architecture: «side effects go through the outbox»): messages are written in the
/// transaction of the change that calls for them and sent after it by the dispatcher, at least once.
extension AppealStore {
    /// Adds messages, many rows to a statement: intake puts a receipt in for each new item of a batch.
    static func enqueue(_ entries: [OutboxEntry], in db: any SQLDatabase) async throws {
        let encoder = JSONCoding.encoder()
        for start in stride(from: 0, to: entries.count, by: AppealRows.chunk) {
            let values = try entries[start..<min(start + AppealRows.chunk, entries.count)].map { entry -> SQLQueryString in
                let encoded = String(decoding: try encoder.encode(entry.message), as: UTF8.self)
                let at = Timestamp.millis(entry.at)
                return """
                    (\(bind: RecordID.make(at: entry.at)), \(bind: entry.appealId), \(bind: entry.channel.rawValue), \(bind: entry.recipient),
                      \(bind: entry.message.kind.rawValue), \(bind: encoded), \(bind: at), \(bind: at))
                    """
            }
            try await db.raw(
                "INSERT INTO outbox (id, appeal_id, channel, recipient, kind, message, created_at, next_attempt_at) VALUES \(values.joined(separator: ", "))"
            ).run()
        }
    }

    /// Puts a message of the channel's own (a greeting, an acknowledgement) in the outbox.
    public func send(_ message: OutboundMessage, channel: Channel, recipient: String, at now: Date = Timestamp.now()) async throws {
        try await backend.write { db in try await Self.enqueue([OutboxEntry(message, channel: channel, recipient: recipient, at: now)], in: db) }
    }

    /// Takes up to `limit` waiting messages that are due and not held by another process, holding them for
    /// `lease`; each claim counts as an attempt. Oldest first. An outbox with nothing due is seen by a plain
    /// read: the claim is a write, and writes take the event chain's lock every server process shares.
    public func claimOutbox(at now: Date = Timestamp.now(), limit: Int, lease: TimeInterval) async throws -> [OutboxItem] {
        let millis = Timestamp.millis(now)
        let due = try await backend.read { db in
            try await db.raw(
                """
                SELECT id FROM outbox WHERE delivered_at IS NULL AND dead_at IS NULL AND next_attempt_at <= \(bind: millis)
                  AND (lease_until IS NULL OR lease_until < \(bind: millis)) LIMIT 1
                """
            ).first() != nil
        }
        guard due else { return [] }
        return try await backend.write { db in
            try await db.raw(
                """
                UPDATE outbox SET lease_until = \(bind: millis + Int64(lease * 1000)), attempts = attempts + 1
                WHERE id IN (SELECT id FROM outbox WHERE delivered_at IS NULL AND dead_at IS NULL AND next_attempt_at <= \(bind: millis)
                  AND (lease_until IS NULL OR lease_until < \(bind: millis)) ORDER BY next_attempt_at, created_at LIMIT \(bind: Int64(limit)))
                  AND (lease_until IS NULL OR lease_until < \(bind: millis))
                RETURNING \(unsafeRaw: Self.outboxColumns)
                """
            ).all().map(Self.outboxItem).sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
        }
    }

    public func markDelivered(_ id: String, remoteId: String?, at now: Date = Timestamp.now()) async throws {
        try await backend.write { db in
            try await db.raw(
                """
                UPDATE outbox SET delivered_at = \(bind: Timestamp.millis(now)), remote_id = \(bind: remoteId), lease_until = NULL, last_error = NULL
                WHERE id = \(bind: id)
                """
            ).run()
        }
    }

    /// Records a failed attempt: tried again at `retryAt`, or dead when it is nil.
    public func markFailed(_ id: String, error: String, retryAt: Date?, at now: Date = Timestamp.now()) async throws {
        try await markFailed([OutboxFailure(id: id, error: error, retryAt: retryAt)], at: now)
    }

    /// Records failed attempts together, in one transaction and a statement per hundred: a channel that is
    /// down fails every message of a claim, and a write (or a statement) each would crowd the one writer.
    public func markFailed(_ failures: [OutboxFailure], at now: Date = Timestamp.now()) async throws {
        guard !failures.isEmpty else { return }
        let dead = Timestamp.millis(now)
        try await backend.write { db in
            for start in stride(from: 0, to: failures.count, by: AppealRows.chunk) {
                let rows = failures[start..<min(start + AppealRows.chunk, failures.count)].map { failure -> SQLQueryString in
                    "(\(bind: failure.id), \(bind: failure.error), CAST(\(bind: failure.retryAt.map(Timestamp.millis)) AS BIGINT))"
                }
                // A failure without a retry time is dead; one with it waits for that time. VALUES names its
                // columns column1… in both engines; the cast types a column of nothing but NULLs for PostgreSQL.
                try await db.raw(
                    """
                    UPDATE outbox SET last_error = failed.column2, lease_until = NULL,
                      next_attempt_at = COALESCE(failed.column3, outbox.next_attempt_at),
                      dead_at = CASE WHEN failed.column3 IS NULL THEN \(bind: dead) ELSE outbox.dead_at END
                    FROM (VALUES \(rows.joined(separator: ", "))) AS failed
                    WHERE outbox.id = failed.column1
                    """
                ).run()
            }
        }
    }

    /// Messages in a state (any when nil), the latest first.
    public func outbox(_ state: OutboxItem.State? = nil, appealId: String? = nil, limit: Int = 200) async throws -> [OutboxItem] {
        var sql: SQLQueryString = "SELECT \(unsafeRaw: Self.outboxColumns) FROM outbox WHERE 1 = 1"
        switch state {
        case .waiting: sql += " AND delivered_at IS NULL AND dead_at IS NULL"
        case .delivered: sql += " AND delivered_at IS NOT NULL"
        case .dead: sql += " AND dead_at IS NOT NULL"
        case nil: break
        }
        if let appealId { sql += " AND appeal_id = \(bind: appealId)" }
        sql += " ORDER BY created_at DESC, id DESC LIMIT \(bind: Int64(limit))"
        let query = sql
        return try await backend.read { db in try await db.raw(query).all().map(Self.outboxItem) }
    }

    /// One message by its id.
    public func outboxItem(id: String) async throws -> OutboxItem? {
        try await backend.read { db in
            try await db.raw("SELECT \(unsafeRaw: Self.outboxColumns) FROM outbox WHERE id = \(bind: id)").first().map(Self.outboxItem)
        }
    }

    /// Sends a dead message again from its first attempt; false when there is no such dead message.
    public func replay(_ id: String, at now: Date = Timestamp.now()) async throws -> Bool {
        try await backend.write { db in
            try await db.raw(
                """
                UPDATE outbox SET dead_at = NULL, attempts = 0, next_attempt_at = \(bind: Timestamp.millis(now)), lease_until = NULL
                WHERE id = \(bind: id) AND dead_at IS NOT NULL RETURNING id
                """
            ).all().count == 1
        }
    }

    private static let outboxColumns =
        "id, appeal_id, channel, recipient, message, created_at, attempts, next_attempt_at, last_error, delivered_at, dead_at, remote_id"

    private static func outboxItem(_ row: any SQLRow) throws -> OutboxItem {
        func date(_ column: String) throws -> Date? { try row.decode(column: column, as: Int64?.self).map(Timestamp.date(millis:)) }
        let channel = try row.decode(column: "channel", as: String.self)
        guard let known = Channel(rawValue: channel) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "outbox: no channel \(channel)"))
        }
        return OutboxItem(
            id: try row.decode(column: "id", as: String.self), appealId: try row.decode(column: "appeal_id", as: String?.self), channel: known,
            recipient: try row.decode(column: "recipient", as: String.self),
            message: try JSONCoding.decoder().decode(OutboundMessage.self, from: Data(try row.decode(column: "message", as: String.self).utf8)),
            createdAt: try date("created_at") ?? Date(timeIntervalSince1970: 0), attempts: Int(try row.decode(column: "attempts", as: Int64.self)),
            nextAttemptAt: try date("next_attempt_at") ?? Date(timeIntervalSince1970: 0), lastError: try row.decode(column: "last_error", as: String?.self),
            deliveredAt: try date("delivered_at"), deadAt: try date("dead_at"), remoteId: try row.decode(column: "remote_id", as: String?.self)
        )
    }
}
