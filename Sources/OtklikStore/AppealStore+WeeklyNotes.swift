import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// Keeps a weekly note as issued; false when the week's note of that territory was issued already (by this
    /// process or another), which is then left as it was. `letters` go to the outbox with the note, in its
    /// transaction: sent once, like the note is issued once.
    public func issueWeeklyNote(
        week: LocalDate, municipalityId: String, figures: Data, document: Data, letters: [OutboundLetter] = [], at now: Date = Timestamp.now()
    ) async throws -> Bool {
        try await backend.write { db in
            let issued = try await db.raw(
                """
                INSERT INTO weekly_notes (week, municipality_id, issued_at, figures, document, sha256)
                VALUES (\(bind: week.iso), \(bind: municipalityId), \(bind: Timestamp.millis(now)), \(bind: String(decoding: figures, as: UTF8.self)),
                  \(bind: document.base64EncodedString()), \(bind: SHA256Hex.of([UInt8](document))))
                ON CONFLICT (week, municipality_id) DO NOTHING RETURNING week
                """
            ).all().count == 1
            if issued {
                try await Self.enqueue(letters.map { OutboxEntry($0.message, channel: .email, recipient: $0.email, at: now) }, in: db)
            }
            return issued
        }
    }

    /// The territories ("" for the region) whose note of the week starting `week` is issued.
    public func issuedTerritories(week: LocalDate) async throws -> Set<String> {
        try await backend.read { db in
            Set(
                try await db.raw("SELECT municipality_id FROM weekly_notes WHERE week = \(bind: week.iso)").all()
                    .map { try $0.decode(column: "municipality_id", as: String.self) }
            )
        }
    }

    /// The issued notes, the latest week first, without their documents.
    public func issuedNotes(limit: Int = 200) async throws -> [IssuedNote] {
        try await backend.read { db in
            try await db.raw(
                """
                SELECT week, municipality_id, issued_at, sha256 FROM weekly_notes
                ORDER BY week DESC, municipality_id LIMIT \(bind: Int64(limit))
                """
            ).all().map { row in
                IssuedNote(
                    week: try row.decode(column: "week", as: String.self), municipalityId: try row.decode(column: "municipality_id", as: String.self),
                    issuedAt: Timestamp.date(millis: try row.decode(column: "issued_at", as: Int64.self)),
                    sha256: try row.decode(column: "sha256", as: String.self)
                )
            }
        }
    }

    /// An issued note's Word document, as it was issued.
    public func weeklyNoteDocument(week: LocalDate, municipalityId: String) async throws -> Data? {
        try await backend.read { db in
            try await db.raw(
                "SELECT document FROM weekly_notes WHERE week = \(bind: week.iso) AND municipality_id = \(bind: municipalityId)"
            ).first().flatMap { Data(base64Encoded: try $0.decode(column: "document", as: String.self)) }
        }
    }
}
