import Foundation
import OtklikCore
import SQLKit

/// A signed-in resident's own items (issue 9: «follow its status»): those the public side took in with their
/// e-mail as the author's, found by the address's hash (`PublicTicket.authorHash`).
extension AppealStore {
    /// The resident's items, the newest first.
    public func residentAppeals(email: String, limit: Int = 100) async throws -> [Appeal] {
        try await backend.read { db in
            try await db.raw(
                """
                SELECT a.doc FROM appeals a JOIN public_tickets t ON t.appeal_id = a.id
                WHERE t.author_sha256 = \(bind: EmailCode.addressHash(email)) ORDER BY a.received_at DESC, a.id DESC LIMIT \(literal: limit)
                """
            ).all().map(AppealRows.decode)
        }
    }

    /// A new key to the public page of the resident's own item `number`; nil when it is not theirs (or no such item).
    public func openResidentAppeal(number: String, email: String, at now: Date = Timestamp.now()) async throws -> String? {
        guard !number.unicodeScalars.contains("\u{0}") else { return nil }
        return try await backend.write { db in
            guard let row = try await db.raw(
                """
                SELECT a.id FROM appeals a JOIN public_tickets t ON t.appeal_id = a.id
                WHERE a.number = \(bind: number) AND t.author_sha256 = \(bind: EmailCode.addressHash(email))
                """
            ).first() else { return nil }
            return try await Self.newKey(to: try row.decode(column: "id", as: String.self), at: now, in: db)
        }
    }
}
