import Foundation
import OtklikCore
import SQLKit

/// The appeals a group of workflow actions works on, inside its transaction: each read once, kept
/// with its canonical JSON and the fields `ChangeSet` compares, and written back once at the end.
struct WorkingAppeals {
    struct Entry {
        var appeal: Appeal
        var document: Data
        var fields: [String: JSONValue]
        /// The version stored in the database, which the final write must find unchanged.
        var storedVersion: Int
        /// The appeal as stored, for the rollup's change (`StatusCounts`).
        var stored: Appeal
    }

    private var entries: [String: Entry] = [:]
    /// Ids in the order they were first changed, so writes happen in a stable order.
    private var changedIds: [String] = []
    private var changedSet: Set<String> = []

    mutating func appeal(_ id: String, in db: any SQLDatabase) async throws -> Entry? {
        if let entry = entries[id] { return entry }
        guard let document = try await AppealRows.storedDocument(id: id, in: db) else { return nil }
        let appeal = try AppealRows.decode(document)
        let entry = Entry(appeal: appeal, document: document, fields: ChangeSet.fields(document) ?? [:], storedVersion: appeal.version, stored: appeal)
        entries[id] = entry
        return entry
    }

    /// Records the new state of an appeal and returns its entry.
    mutating func replace(_ current: Entry, with next: Appeal) throws -> Entry {
        let document = try AppealRows.document(next)
        let entry = Entry(appeal: next, document: document, fields: ChangeSet.fields(document) ?? [:], storedVersion: current.storedVersion, stored: current.stored)
        if changedSet.insert(next.id).inserted { changedIds.append(next.id) }
        entries[next.id] = entry
        return entry
    }

    var changed: [Entry] { changedIds.compactMap { entries[$0] } }
}
