import Foundation
import OtklikCore
import OtklikTestSupport
import Testing

@testable import OtklikStore

@Suite("Closing the store: work already running finishes, later work is refused with an error, never a crash")
struct ClosingTests {
    @Test("a read running when the store closes finishes with its rows; the close waits for it", arguments: TestDatabases.kinds)
    func closeWaitsForARunningRead(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        _ = try await store.intake([TestDatabases.draft()], by: TestDatabases.user("operator"))
        let started = AsyncStream<Void>.makeStream()
        let read = Task {
            try await store.backend.read { db in
                started.continuation.yield()
                try await Task.sleep(for: .milliseconds(300))
                return try await db.raw("SELECT COUNT(*) AS n FROM appeals").first()?.decode(column: "n", as: Int64.self)
            }
        }
        var iterator = started.stream.makeAsyncIterator()
        await iterator.next()
        try await store.close()
        #expect(try await read.value == 1)
    }

    @Test("a read or a write after the store closed is refused with StoreClosed", arguments: TestDatabases.kinds)
    func workAfterCloseIsRefused(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        try await store.close()
        await #expect(throws: StoreClosed.self) { try await store.countByStatus() }
        await #expect(throws: StoreClosed.self) {
            try await store.intake([TestDatabases.draft()], by: TestDatabases.user("operator"))
        }
    }
}
