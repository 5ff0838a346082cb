import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// Keeps a new code for an address (replacing an earlier one) and puts the letter carrying it in the
    /// outbox, in one transaction.
    public func issueCode(_ code: String, to email: String, at now: Date = Timestamp.now()) async throws {
        let address = EmailCode.normalized(email)
        let hash = EmailCode.hash(email: address, code: code)
        let expires = Timestamp.millis(now.addingTimeInterval(EmailCode.lifetime))
        try await backend.write { db in
            try await db.raw("DELETE FROM resident_codes WHERE email = \(bind: address)").run()
            try await db.raw(
                """
                INSERT INTO resident_codes (email, code_sha256, expires_at, attempts)
                VALUES (\(bind: address), \(bind: hash), \(bind: expires), 0)
                """
            ).run()
            try await Self.enqueue([OutboxEntry(EmailCode.message(code), channel: .email, recipient: address, at: now)], in: db)
        }
    }

    /// Checks a code: the right one, in time and within the tries, opens a session (`tokenHash`) and is used
    /// up; a wrong one counts a try. Returns whether the session was opened.
    public func redeemCode(_ code: String, for email: String, tokenHash: String, at now: Date = Timestamp.now()) async throws -> Bool {
        let address = EmailCode.normalized(email)
        let millis = Timestamp.millis(now)
        return try await backend.write { db in
            guard let row = try await db.raw(
                "SELECT code_sha256, expires_at, attempts FROM resident_codes WHERE email = \(bind: address)"
            ).first() else { return false }
            let attempts = try row.decode(column: "attempts", as: Int64.self)
            guard try row.decode(column: "expires_at", as: Int64.self) > millis, attempts < Int64(EmailCode.maxAttempts) else { return false }
            guard try row.decode(column: "code_sha256", as: String.self) == EmailCode.hash(email: address, code: code) else {
                try await db.raw("UPDATE resident_codes SET attempts = attempts + 1 WHERE email = \(bind: address)").run()
                return false
            }
            try await db.raw("DELETE FROM resident_codes WHERE email = \(bind: address)").run()
            try await Self.insertResidentSession(address, tokenHash: tokenHash, at: now, in: db)
            return true
        }
    }

    /// Opens a session for an address a trusted provider vouched for (the OpenID Connect login).
    public func openResidentSession(for email: String, tokenHash: String, at now: Date = Timestamp.now()) async throws {
        try await backend.write { db in try await Self.insertResidentSession(EmailCode.normalized(email), tokenHash: tokenHash, at: now, in: db) }
    }

    private static func insertResidentSession(_ address: String, tokenHash: String, at now: Date, in db: any SQLDatabase) async throws {
        try await db.raw(
            """
            INSERT INTO resident_sessions (token_sha256, email, expires_at)
            VALUES (\(bind: tokenHash), \(bind: address), \(bind: Timestamp.millis(now.addingTimeInterval(EmailCode.sessionLifetime))))
            """
        ).run()
    }

    /// The verified address of a live resident session; nil when there is none.
    public func resident(tokenHash: String, at now: Date = Timestamp.now()) async throws -> String? {
        try await backend.read { db in
            try await db.raw(
                "SELECT email FROM resident_sessions WHERE token_sha256 = \(bind: tokenHash) AND expires_at > \(bind: Timestamp.millis(now))"
            ).first()?.decode(column: "email", as: String.self)
        }
    }
}
