import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// Keeps `query` under `name` for the user; a name the user already has is replaced.
    public func saveFilter(name: String, query: String, for userId: String, at now: Date = Timestamp.now()) async throws -> SavedFilter {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [FieldError] = []
        if name.isEmpty || name.count > SavedFilter.maxNameLength {
            errors.append(FieldError(field: "name", message: "Название фильтра: от 1 до \(SavedFilter.maxNameLength) символов"))
        }
        if query.count > SavedFilter.maxQueryLength { errors.append(FieldError(field: "query", message: "Слишком длинный фильтр")) }
        guard errors.isEmpty else { throw StoreError.invalid(errors) }
        let filter = SavedFilter(id: RecordID.make(at: now), name: name, query: query)
        try await backend.write { db in
            try await db.raw("DELETE FROM saved_filters WHERE user_id = \(bind: userId) AND name = \(bind: name)").run()
            let count = try await db.raw("SELECT COUNT(*) AS n FROM saved_filters WHERE user_id = \(bind: userId)").first()?
                .decode(column: "n", as: Int64.self) ?? 0
            guard count < SavedFilter.maxPerUser else {
                throw StoreError.invalid([FieldError(field: "name", message: "Не больше \(SavedFilter.maxPerUser) фильтров; удалите ненужные")])
            }
            try await db.raw(
                """
                INSERT INTO saved_filters (id, user_id, name, query, created_at)
                VALUES (\(bind: filter.id), \(bind: userId), \(bind: name), \(bind: query), \(bind: Timestamp.millis(now)))
                """
            ).run()
        }
        return filter
    }

    /// The user's filters in the order they were saved.
    public func savedFilters(for userId: String) async throws -> [SavedFilter] {
        try await backend.read { db in
            try await db.raw("SELECT id, name, query FROM saved_filters WHERE user_id = \(bind: userId) ORDER BY created_at, id").all().map { row in
                SavedFilter(
                    id: try row.decode(column: "id", as: String.self), name: try row.decode(column: "name", as: String.self),
                    query: try row.decode(column: "query", as: String.self)
                )
            }
        }
    }

    /// Removes one of the user's own filters; false when the user has none with that id.
    public func deleteFilter(id: String, for userId: String) async throws -> Bool {
        try await backend.write { db in
            try await db.raw("DELETE FROM saved_filters WHERE id = \(bind: id) AND user_id = \(bind: userId) RETURNING id").all().count == 1
        }
    }
}
