import Foundation
import Logging
import NIOCore
import SQLKit
import SQLiteKit

/// SQLite in WAL mode with `synchronous=FULL`: an acknowledged write is on disk.
/// One writer connection, fed by group commit; readers on their own connections (WAL lets them run beside it).
final class SQLiteBackend: DatabaseBackend {
    let kind = DatabaseKind.sqlite
    private let writer: SQLiteConnection
    private let readers: [SQLiteConnection]
    private let groupCommit: GroupCommit
    private let counter = Counter()

    private init(writer: SQLiteConnection, readers: [SQLiteConnection]) {
        self.writer = writer
        self.readers = readers
        let db = writer.sql(queryLogLevel: nil)
        groupCommit = GroupCommit { body in try await SQLTransaction.run(on: db, begin: "BEGIN IMMEDIATE", body) }
    }

    static func open(path: String, readers readerCount: Int = 2, logger: Logger) async throws -> SQLiteBackend {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let writer = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
        for pragma in [
            "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=10000", "PRAGMA foreign_keys=ON",
            // A large batch must not spill pages to the WAL before COMMIT; savepoint journals stay in memory.
            "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY",
        ] {
            _ = try await writer.query(pragma)
        }
        var readers: [SQLiteConnection] = []
        for _ in 0..<readerCount {
            let reader = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
            _ = try await reader.query("PRAGMA busy_timeout=10000")
            readers.append(reader)
        }
        return SQLiteBackend(writer: writer, readers: readers)
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await groupCommit.write(body)
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let reader = readers[counter.next() % readers.count]
        return try await body(reader.sql(queryLogLevel: nil))
    }

    func close() async throws {
        for reader in readers where !reader.isClosed { try await reader.close() }
        if !writer.isClosed { try await writer.close() }
    }

    /// A store dropped without `close()` (say, on an error path) still releases its file handles.
    deinit {
        for connection in readers + [writer] where !connection.isClosed {
            _ = connection.close() as EventLoopFuture<Void>
        }
    }
}
