import SQLKit
import Synchronization

/// Group commit: writes that arrive while a transaction is committing wait, then commit together
/// in one transaction and one flush to disk. Each write runs in its own savepoint, so one that
/// fails rolls back alone and the rest still commit. A caller is answered only after COMMIT has
/// returned, so whatever it is told was written is already durable.
final class GroupCommit: Sendable {
    /// Opens a transaction on the writing connection, runs the body in it and commits (or rolls back on error).
    typealias Transaction = @Sendable (_ body: @escaping @Sendable (any SQLDatabase) async throws -> Void) async throws -> Void

    private struct Pending: Sendable {
        /// Runs the write inside its savepoint; false when it threw.
        let run: @Sendable (any SQLDatabase) async -> Bool
        /// Answers the caller once the group's transaction has ended, with its error if it failed.
        let finish: @Sendable ((any Error)?) -> Void
    }

    private let queue: CoalescingQueue<Pending>

    init(maxGroup: Int = 256, transaction: @escaping Transaction) {
        queue = CoalescingQueue(maxWeight: maxGroup) { group in await Self.commit(group, in: transaction) }
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            let outcome = Outcome<T>()
            let pending = Pending(
                run: { db in
                    do {
                        outcome.store(.success(try await body(db)))
                        return true
                    } catch {
                        outcome.store(.failure(error))
                        return false
                    }
                },
                finish: { groupError in
                    switch (outcome.take(), groupError) {
                    case (.failure(let own)?, _): continuation.resume(throwing: own)
                    case (_, let groupError?): continuation.resume(throwing: groupError)
                    case (.success(let value)?, nil): continuation.resume(returning: value)
                    case (nil, nil): continuation.resume(throwing: NotRun())
                    }
                }
            )
            queue.submit(pending)
        }
    }

    private static func commit(_ group: [Pending], in transaction: Transaction) async {
        do {
            try await transaction { db in
                if group.count == 1 {
                    // Alone in its group: the transaction itself undoes a failure, and a savepoint would
                    // only copy every page the write touches into its journal.
                    if await !group[0].run(db) { throw NotRun() }
                    return
                }
                for write in group {
                    try await db.raw("SAVEPOINT otklik_write").run()
                    if await !write.run(db) {
                        try await db.raw("ROLLBACK TO SAVEPOINT otklik_write").run()
                    }
                    try await db.raw("RELEASE SAVEPOINT otklik_write").run()
                }
            }
            for write in group { write.finish(nil) }
        } catch {
            for write in group { write.finish(error) }
        }
    }

    /// The result of one write, handed from the committing task to the waiting caller.
    private final class Outcome<T: Sendable>: Sendable {
        private let result = Mutex<Result<T, any Error>?>(nil)

        func store(_ value: Result<T, any Error>) { result.withLock { $0 = value } }

        func take() -> Result<T, any Error>? { result.withLock { $0 } }
    }

    /// The group's transaction ended before this write ran, or rolled back with it.
    struct NotRun: Error {}
}
