import SQLKit

/// Runs a body between BEGIN and COMMIT on one connection, rolling back on any error.
enum SQLTransaction {
    static func run<T: Sendable>(
        on db: any SQLDatabase, begin: String, prelude: [String] = [], _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await db.raw(SQLQueryString(begin)).run()
        do {
            for statement in prelude { try await db.raw(SQLQueryString(statement)).run() }
            let value = try await body(db)
            try await db.raw("COMMIT").run()
            return value
        } catch {
            try? await db.raw("ROLLBACK").run()
            throw error
        }
    }
}
