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
            let stored = try await AppealRows.existing(keys: drafts.compactMap(IntakeKey.init), in: db)
            // Each draft is stored already, new, or a repeat of an earlier new one in this batch.
            var sources: [IntakeSource] = []
            var newOffsetOfKey: [IntakeKey: Int] = [:]
            var creators: [Int] = []
            for (index, draft) in drafts.enumerated() {
                if let key = IntakeKey(draft) {
                    if let appeal = stored[key] {
                        sources.append(.stored(appeal))
                        continue
                    }
                    if let offset = newOffsetOfKey[key] {
                        sources.append(.repeatOfNew(offset))
                        continue
                    }
                    newOffsetOfKey[key] = creators.count
                }
                sources.append(.new(creators.count))
                creators.append(index)
            }
            let firstSequence = try await Self.reserveNumbers(creators.count, year: year, in: db)
            var rows: [(appeal: Appeal, document: Data)] = []
            for (offset, index) in creators.enumerated() {
                let draft = drafts[index]
                let appeal = Appeal(
                    id: UUID().uuidString.lowercased(),
                    number: PublicNumber(prefix: prefix, year: year, sequence: firstSequence + offset).formatted, draft: draft,
                    receivedAt: draft.receivedAt.map { Timestamp.date(millis: Timestamp.millis($0)) } ?? now, now: now
                )
                rows.append((appeal, try AppealRows.document(appeal)))
            }
            try await AppealRows.insert(rows, in: db)
            var events = EventWriter(db: db)
            try await events.append(
                rows.map { EventWriter.Entry(appealId: $0.appeal.id, at: now, actorId: actor.id, type: "created", payload: ChangeSet.created($0.document)) }
            )
            return sources.map { source in
                switch source {
                case .stored(let appeal): IntakeResult(appeal: appeal, created: false)
                case .new(let offset): IntakeResult(appeal: rows[offset].appeal, created: true)
                case .repeatOfNew(let offset): IntakeResult(appeal: rows[offset].appeal, created: false)
                }
            }
        }
    }

    private enum IntakeSource {
        case stored(Appeal)
        /// Created now: the offset among the new appeals.
        case new(Int)
        case repeatOfNew(Int)
    }

    /// The year in the region's time zone: numbers restart with it.
    func numberingYear(of date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.component(.year, from: date)
    }

    /// Takes `count` consecutive numbers of the year's sequence at once and returns the first.
    static func reserveNumbers(_ count: Int, year: Int, in db: any SQLDatabase) async throws -> Int {
        guard count > 0 else { return 0 }
        let row = try await db.raw(
            """
            INSERT INTO counters (name, value) VALUES (\(bind: "appeal-number-\(year)"), \(bind: count))
            ON CONFLICT (name) DO UPDATE SET value = counters.value + \(bind: count)
            RETURNING value
            """
        ).first()
        return Int(try row?.decode(column: "value", as: Int64.self) ?? Int64(count)) - count + 1
    }
}
