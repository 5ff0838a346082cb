import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// Takes in drafts in one transaction: all are written, or none. A draft whose
    /// (channel, external id) is already stored returns the stored appeal and writes nothing.
    public func intake(_ drafts: [AppealDraft], by actor: User, at now: Date = Timestamp.now()) async throws -> [IntakeResult] {
        let references = try await references()
        let validator = references.draftValidator
        var errors: [FieldError] = []
        let drafts = drafts.map { references.rubricator.completing($0) }
        for (index, draft) in drafts.enumerated() {
            errors += validator.errors(in: draft, path: drafts.count == 1 ? "" : "items/\(index)/", now: now)
        }
        guard errors.isEmpty else { throw StoreError.invalid(errors) }
        let year = numberingYear(of: now)
        let prefix = numberPrefix
        return try await backend.write { db in
            var events = EventWriter(db: db)
            var results: [IntakeResult] = []
            for draft in drafts {
                if let externalId = draft.externalId,
                    let row = try await db.raw(
                        "SELECT doc FROM appeals WHERE channel = \(bind: draft.channel.rawValue) AND external_id = \(bind: externalId)"
                    ).first()
                {
                    results.append(IntakeResult(appeal: try AppealRows.decode(row), created: false))
                    continue
                }
                let sequence = try await Self.nextNumber(year: year, in: db)
                let number = PublicNumber(prefix: prefix, year: year, sequence: sequence).formatted
                let appeal = Appeal(
                    id: UUID().uuidString.lowercased(), number: number, draft: draft,
                    receivedAt: draft.receivedAt.map { Timestamp.date(millis: Timestamp.millis($0)) } ?? now, now: now
                )
                let document = try AppealRows.document(appeal)
                try await AppealRows.insert(appeal, document: document, in: db)
                _ = try await events.append(
                    appealId: appeal.id, at: now, actorId: actor.id, type: "created",
                    payload: ChangeSet.created(document)
                )
                results.append(IntakeResult(appeal: appeal, created: true))
            }
            return results
        }
    }

    /// The year in the region's time zone: numbers restart with it.
    func numberingYear(of date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.component(.year, from: date)
    }

    static func nextNumber(year: Int, in db: any SQLDatabase) async throws -> Int {
        let row = try await db.raw(
            """
            INSERT INTO counters (name, value) VALUES (\(bind: "appeal-number-\(year)"), 1)
            ON CONFLICT (name) DO UPDATE SET value = counters.value + 1
            RETURNING value
            """
        ).first()
        return Int(try row?.decode(column: "value", as: Int64.self) ?? 1)
    }
}
