import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// Raises the term alerts due at `now` and returns how many are new. An alert already raised is
    /// not raised again (a unique key on item, kind, term and recipient), so a restart or a second
    /// server process repeats nothing. With `letters`, the users a new alert reaches who gave an e-mail get it
    /// as a letter too, written to the outbox in the same transaction: once, like the alert.
    @discardableResult
    public func raiseTermAlerts(at now: Date = Timestamp.now(), soon: TimeInterval, letters: Bool = false) async throws -> Int {
        let horizon = Timestamp.millis(now) + Int64(soon * 1000)
        let candidates = try await backend.read { db in
            try await db.raw("SELECT doc FROM appeals WHERE open_due_at < \(bind: horizon)").all().map(AppealRows.decode)
        }
        let timeZone = terms.timeZone
        let alerts = candidates.flatMap { TermAlert.due(for: $0, at: now, soon: soon, timeZone: timeZone) }
        guard !alerts.isEmpty else { return 0 }
        let base = publicBaseURL.withLock { $0 }
        // An alert's unique key, as the insert reports back the rows it wrote.
        @Sendable func key(_ appealId: String, _ kind: String, _ dueAt: Int64, _ recipient: String) -> String {
            [appealId, kind, String(dueAt), recipient].joined(separator: "|")
        }
        return try await backend.write { db in
            var raised: [TermAlert] = []
            for start in stride(from: 0, to: alerts.count, by: AppealRows.chunk) {
                let chunk = alerts[start..<min(start + AppealRows.chunk, alerts.count)]
                let values = chunk.map { alert -> SQLQueryString in
                    """
                    (\(bind: RecordID.make(at: now)), \(bind: alert.appealId), \(bind: alert.kind.rawValue),
                      \(bind: Timestamp.millis(alert.dueAt)), \(bind: alert.recipient.key), \(bind: alert.text), \(bind: Timestamp.millis(now)))
                    """
                }
                let inserted = try await db.raw(
                    """
                    INSERT INTO notifications (id, appeal_id, kind, due_at, recipient, text, created_at)
                    VALUES \(values.joined(separator: ", "))
                    ON CONFLICT (appeal_id, kind, due_at, recipient) DO NOTHING RETURNING appeal_id, kind, due_at, recipient
                    """
                ).all().map { row in
                    key(
                        try row.decode(column: "appeal_id", as: String.self), try row.decode(column: "kind", as: String.self),
                        try row.decode(column: "due_at", as: Int64.self), try row.decode(column: "recipient", as: String.self)
                    )
                }
                let new = Set(inserted)
                raised += chunk.filter { new.contains(key($0.appealId, $0.kind.rawValue, Timestamp.millis($0.dueAt), $0.recipient.key)) }
            }
            if letters, !raised.isEmpty {
                let users = try await db.raw("SELECT * FROM users WHERE email IS NOT NULL AND blocked_at IS NULL").all().map(Self.decodeUser)
                let mail = AlertLetters.letters(for: raised, users: users) { id in base.map { "\($0)/appeals/\(id)" } }
                try await Self.enqueue(mail.map { OutboxEntry($0.message, channel: .email, recipient: $0.email, at: now) }, in: db)
            }
            return raised.count
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

    /// How many alerts that reach `user` are unread: the number beside «Уведомления» on every page.
    public func unreadNotificationCount(for user: User) async throws -> Int {
        let keys = AlertRecipient.keys(reaching: user)
        return try await backend.read { db in
            let row = try await db.raw("SELECT COUNT(*) AS n FROM notifications WHERE recipient IN (\(binds: keys)) AND read_at IS NULL").first()
            return Int(try row?.decode(column: "n", as: Int64.self) ?? 0)
        }
    }

    /// Marks every unread alert that reaches `user` read; returns how many.
    @discardableResult
    public func markAllNotificationsRead(by user: User, at now: Date = Timestamp.now()) async throws -> Int {
        let keys = AlertRecipient.keys(reaching: user)
        return try await backend.write { db in
            try await db.raw(
                """
                UPDATE notifications SET read_at = \(bind: Timestamp.millis(now))
                WHERE recipient IN (\(binds: keys)) AND read_at IS NULL RETURNING id
                """
            ).all().count
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
