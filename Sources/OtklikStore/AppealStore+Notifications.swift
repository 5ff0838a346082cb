import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// Raises the term alerts due at `now` and returns how many are new. An alert already raised is
    /// not raised again (a unique key on item, kind, term and recipient), so a restart or a second
    /// server process repeats nothing.
    @discardableResult
    public func raiseTermAlerts(at now: Date = Timestamp.now(), soon: TimeInterval) async throws -> Int {
        let horizon = Timestamp.millis(now) + Int64(soon * 1000)
        let candidates = try await backend.read { db in
            try await db.raw("SELECT doc FROM appeals WHERE open_due_at < \(bind: horizon)").all().map(AppealRows.decode)
        }
        let timeZone = terms.timeZone
        let alerts = candidates.flatMap { TermAlert.due(for: $0, at: now, soon: soon, timeZone: timeZone) }
        guard !alerts.isEmpty else { return 0 }
        return try await backend.write { db in
            var raised = 0
            for start in stride(from: 0, to: alerts.count, by: AppealRows.chunk) {
                let values = alerts[start..<min(start + AppealRows.chunk, alerts.count)].map { alert -> SQLQueryString in
                    """
                    (\(bind: UUID().uuidString.lowercased()), \(bind: alert.appealId), \(bind: alert.kind.rawValue),
                      \(bind: Timestamp.millis(alert.dueAt)), \(bind: alert.recipient.key), \(bind: alert.text), \(bind: Timestamp.millis(now)))
                    """
                }
                raised += try await db.raw(
                    """
                    INSERT INTO notifications (id, appeal_id, kind, due_at, recipient, text, created_at)
                    VALUES \(values.joined(separator: ", "))
                    ON CONFLICT (appeal_id, kind, due_at, recipient) DO NOTHING RETURNING id
                    """
                ).all().count
            }
            return raised
        }
    }

    /// The alerts that reach `user`, newest first.
    public func notifications(for user: User, unreadOnly: Bool = false, limit: Int = 100) async throws -> [Notification] {
        let keys = AlertRecipient.keys(reaching: user)
        return try await backend.read { db in
            var sql: SQLQueryString = "SELECT * FROM notifications WHERE recipient IN (\(binds: keys))"
            if unreadOnly { sql += " AND read_at IS NULL" }
            sql += " ORDER BY created_at DESC, id DESC LIMIT \(literal: limit)"
            return try await db.raw(sql).all().map(Self.decodeNotification)
        }
    }

    /// Marks an alert read; false when there is none that reaches `user`.
    public func markNotificationRead(id: String, by user: User, at now: Date = Timestamp.now()) async throws -> Bool {
        let keys = AlertRecipient.keys(reaching: user)
        return try await backend.write { db in
            try await db.raw(
                """
                UPDATE notifications SET read_at = \(bind: Timestamp.millis(now))
                WHERE id = \(bind: id) AND recipient IN (\(binds: keys)) AND read_at IS NULL RETURNING id
                """
            ).all().count == 1
        }
    }

    static func decodeNotification(_ row: any SQLRow) throws -> Notification {
        Notification(
            id: try row.decode(column: "id", as: String.self), appealId: try row.decode(column: "appeal_id", as: String.self),
            kind: try row.decode(column: "kind", as: TermAlert.Kind.self),
            dueAt: Timestamp.date(millis: try row.decode(column: "due_at", as: Int64.self)),
            recipient: try row.decode(column: "recipient", as: String.self), text: try row.decode(column: "text", as: String.self),
            createdAt: Timestamp.date(millis: try row.decode(column: "created_at", as: Int64.self)),
            readAt: try row.decode(column: "read_at", as: Int64?.self).map(Timestamp.date(millis:))
        )
    }
}
