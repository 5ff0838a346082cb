import SQLKit

/// What the store needs of a database: a read connection, and a write transaction that either
/// commits whole or leaves nothing behind.
protocol DatabaseBackend: Sendable {
    var kind: DatabaseKind { get }
    /// Runs `body` in one transaction; a thrown error rolls everything back.
    func write<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func close() async throws
}
