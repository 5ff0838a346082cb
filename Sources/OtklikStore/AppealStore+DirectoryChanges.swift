import Foundation
import OtklikCore
import SQLKit

/// The directories' change log (`DirectoryChange`): each save writes, in its own transaction, the entries it
/// changed with who changed them; a save that changes nothing writes nothing.
extension AppealStore {
    /// The actor of changes nobody signed in made: the demo loader, the command line.
    public static let systemActor = "system"

    static func recordChange<T: Encodable>(
        _ entity: DirectoryChange.Entity, id: String, before: T?, after: T?, by actor: String, at now: Date, in db: any SQLDatabase
    ) async throws {
        let encoder = JSONCoding.encoder()
        let old = try before.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let new = try after.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        guard old != new else { return }
        try await db.raw(
            """
            INSERT INTO directory_changes (id, at, actor_id, entity, entity_id, before_json, after_json)
            VALUES (\(bind: RecordID.make(at: now)), \(bind: Timestamp.millis(now)), \(bind: actor), \(bind: entity.rawValue), \(bind: id),
              \(bind: old), \(bind: new))
            """
        ).run()
    }

    /// The latest changes, newest first.
    public func directoryChanges(limit: Int = 200) async throws -> [DirectoryChange] {
        try await backend.read { db in
            try await db.raw("SELECT * FROM directory_changes ORDER BY at DESC, id DESC LIMIT \(literal: limit)").all().map { row in
                DirectoryChange(
                    at: Timestamp.date(millis: try row.decode(column: "at", as: Int64.self)), actorId: try row.decode(column: "actor_id", as: String.self),
                    entity: DirectoryChange.Entity(rawValue: try row.decode(column: "entity", as: String.self)) ?? .body,
                    entityId: try row.decode(column: "entity_id", as: String.self), before: try row.decode(column: "before_json", as: String?.self),
                    after: try row.decode(column: "after_json", as: String?.self)
                )
            }
        }
    }
}
