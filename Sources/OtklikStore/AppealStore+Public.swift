import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// The item of a public-side link: its number and the secret's hash must both match; nil otherwise, so a
    /// guessed number tells nothing.
    public func publicAppeal(number: String, secret: String) async throws -> Appeal? {
        // A NUL is refused before the query: PostgreSQL cannot compare text with one.
        guard TrackingSecret.isWellFormed(secret), !number.unicodeScalars.contains("\u{0}") else { return nil }
        return try await backend.read { db in
            guard let row = try await db.raw(
                """
                SELECT a.id FROM appeals a JOIN public_tickets t ON t.appeal_id = a.id
                WHERE a.number = \(bind: number) AND t.secret_sha256 = \(bind: TrackingSecret.hash(secret))
                """
            ).first() else { return nil }
            return try await AppealRows.load(id: try row.decode(column: "id", as: String.self), in: db)
        }
    }

    /// The consent recorded with a public-side item: its version, text hash and time.
    public func publicConsent(of appealId: String) async throws -> (version: String, sha256: String, at: Date)? {
        try await backend.read { db in
            guard let row = try await db.raw(
                "SELECT consent_version, consent_sha256, consented_at FROM public_tickets WHERE appeal_id = \(bind: appealId)"
            ).first() else { return nil }
            return (
                try row.decode(column: "consent_version", as: String.self), try row.decode(column: "consent_sha256", as: String.self),
                Timestamp.date(millis: try row.decode(column: "consented_at", as: Int64.self))
            )
        }
    }

    static func insertTicket(_ ticket: PublicTicket, of appealId: String, at now: Date, in db: any SQLDatabase) async throws {
        try await db.raw(
            """
            INSERT INTO public_tickets (appeal_id, secret_sha256, consent_version, consent_sha256, consented_at)
            VALUES (\(bind: appealId), \(bind: ticket.secretHash), \(bind: ticket.consentVersion), \(bind: ticket.consentSHA256), \(bind: Timestamp.millis(now)))
            """
        ).run()
    }
}
