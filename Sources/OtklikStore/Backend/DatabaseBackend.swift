import SQLKit

/// What the store needs of a database: a read connection, and a write transaction that either
/// commits whole or leaves nothing behind.
protocol DatabaseBackend: Sendable {
    var kind: DatabaseKind { get }
    /// Runs `body` in a transaction (possibly shared with concurrent writes, see `GroupCommit`);
    /// a thrown error rolls back everything the body wrote. Returns once the write is durable.
    func write<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T
    func close() async throws
}
