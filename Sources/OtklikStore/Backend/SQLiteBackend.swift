import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit
import SQLiteKit

/// SQLite in WAL mode with `synchronous=FULL`: an acknowledged write is on disk.
/// One writer connection, fed by group commit; readers on their own connections (WAL lets them run beside it);
/// checkpoints on a connection of their own, off the writer's path.
final class SQLiteBackend: DatabaseBackend {
    let kind = DatabaseKind.sqlite
    private let writer: SQLiteConnection
    /// The writer's own thread: on the shared pool its statements queued behind every request's reads (the
    /// token's lookup, lists), and every statement of a group waited its turn there.
    private let writerThread: NIOThreadPool
    private let readers: [SQLiteConnection]
    private let checkpointer: SQLiteConnection
    private let checkpointing: Task<Void, Never>
    private let groupCommit: GroupCommit
    private let counter = Counter()
    private let gate = ClosingGate()
    /// About 256 MiB of 4 KiB pages.
    static let maxWALFrames = 65_536

    private init(
        writer: SQLiteConnection, writerThread: NIOThreadPool, readers: [SQLiteConnection], checkpointer: SQLiteConnection, logger: Logger
    ) {
        self.writer = writer
        self.writerThread = writerThread
        self.readers = readers
        self.checkpointer = checkpointer
        // The writer's automatic checkpoint would copy the WAL into the database inside some unlucky COMMIT;
        // a passive checkpoint every second does it beside the writer instead. Under a writer that never
        // pauses a passive checkpoint never gets to restart the WAL, which then grows without bound (seen:
        // 5 GB while loading 125,000 demo appeals); past `maxWALFrames` a truncating checkpoint waits for the
        // writer's current transaction, holds the next one back briefly, and starts the WAL afresh.
        checkpointing = Task {
            while (try? await Task.sleep(for: .seconds(1))) != nil {
                do {
                    let rows = try await checkpointer.query("PRAGMA wal_checkpoint(PASSIVE)")
                    if let frames = rows.first?.column("log")?.integer, frames > Self.maxWALFrames {
                        _ = try await checkpointer.query("PRAGMA wal_checkpoint(TRUNCATE)")
                    }
                } catch is CancellationError {
                    // The store is closing: the next checkpoint is the one SQLite makes on close.
                    break
                } catch {
                    logger.warning("WAL checkpoint failed: \(error)")
                }
            }
        }
        let db = writer.sql(queryLogLevel: nil)
        groupCommit = GroupCommit { body in try await SQLTransaction.run(on: db, begin: "BEGIN IMMEDIATE", body) }
    }

    static func open(path: String, readers readerCount: Int = 2, logger: Logger) async throws -> SQLiteBackend {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let writerThread = NIOThreadPool(numberOfThreads: 1)
        writerThread.start()
        // Whatever was opened before a failure is closed again, the writer's thread last.
        var opened: [SQLiteConnection] = []
        do {
            let writer = try await SQLiteConnection.open(
                storage: .file(path: path), threadPool: writerThread, logger: logger, on: MultiThreadedEventLoopGroup.singleton.any()
            )
            opened.append(writer)
            for pragma in [
                "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=10000", "PRAGMA foreign_keys=ON",
                // A large batch must not spill pages to the WAL before COMMIT; savepoint journals stay in memory.
                "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY", "PRAGMA wal_autocheckpoint=0",
            ] {
                _ = try await writer.query(pragma)
            }
            var readers: [SQLiteConnection] = []
            for _ in 0..<readerCount {
                let reader = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
                opened.append(reader)
                _ = try await reader.query("PRAGMA busy_timeout=10000")
                readers.append(reader)
            }
            let checkpointer = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
            opened.append(checkpointer)
            _ = try await checkpointer.query("PRAGMA busy_timeout=10000")
            return SQLiteBackend(writer: writer, writerThread: writerThread, readers: readers, checkpointer: checkpointer, logger: logger)
        } catch {
            for connection in opened { try? await connection.close() }
            try? await writerThread.shutdownGracefully()
            throw error
        }
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await gate.run { try await groupCommit.write(body) }
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let reader = readers[counter.next() % readers.count]
        return try await gate.run { try await body(reader.sql(queryLogLevel: nil)) }
    }

    func close() async throws {
        await gate.close()
        checkpointing.cancel()
        await checkpointing.value
        for connection in readers + [checkpointer, writer] where !connection.isClosed { try await connection.close() }
        try await writerThread.shutdownGracefully()
    }

    /// A store dropped without `close()` (say, on an error path) still releases its file handles.
    deinit {
        checkpointing.cancel()
        for connection in readers + [checkpointer] where !connection.isClosed {
            _ = connection.close() as EventLoopFuture<Void>
        }
        let writerThread = writerThread
        if writer.isClosed {
            writerThread.shutdownGracefully { _ in }
        } else {
            (writer.close() as EventLoopFuture<Void>).whenComplete { _ in writerThread.shutdownGracefully { _ in } }
        }
    }
}
