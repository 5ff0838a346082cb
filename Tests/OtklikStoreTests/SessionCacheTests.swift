import Foundation
import OtklikCore
import OtklikTestSupport
import Testing

@testable import OtklikStore

@Suite("A session looked up lately is trusted for a moment, and a change made through the store ends it at once")
struct SessionCacheTests {
    let hash = "session-under-test"

    func storeWithSession(_ kind: DatabaseKind, lifetime: TimeInterval = 2, expiresIn: TimeInterval = 3600) async throws -> AppealStore {
        let store = try await TestDatabases.store(kind)
        store.setSessionCacheLifetime(lifetime)
        try await store.saveToken(hash: hash, userId: "u-e1", expiresAt: Timestamp.now().addingTimeInterval(expiresIn))
        return store
    }

    /// What another server on the same database would do: the store itself does not see it.
    func deleteTokenBehindTheStore(_ store: AppealStore) async throws {
        try await store.backend.write { db in try await db.raw("DELETE FROM tokens WHERE token_hash = \(bind: hash)").run() }
    }

    @Test("a change made elsewhere is seen once the lifetime has passed", arguments: TestDatabases.kinds)
    func changeElsewhereSeenAfterLifetime(kind: DatabaseKind) async throws {
        let store = try await storeWithSession(kind)
        let now = Timestamp.now()
        #expect(try await store.user(tokenHash: hash, at: now)?.id == "u-e1")
        try await deleteTokenBehindTheStore(store)
        #expect(try await store.user(tokenHash: hash, at: now.addingTimeInterval(1))?.id == "u-e1")
        #expect(try await store.user(tokenHash: hash, at: now.addingTimeInterval(2.5)) == nil)
        try await store.close()
    }

    @Test("with the lifetime 0 every lookup reads the database", arguments: TestDatabases.kinds)
    func zeroLifetimeReadsEveryTime(kind: DatabaseKind) async throws {
        let store = try await storeWithSession(kind, lifetime: 0)
        let now = Timestamp.now()
        #expect(try await store.user(tokenHash: hash, at: now)?.id == "u-e1")
        try await deleteTokenBehindTheStore(store)
        #expect(try await store.user(tokenHash: hash, at: now) == nil)
        try await store.close()
    }

    @Test("a session past its token's expiry is refused even while trusted", arguments: TestDatabases.kinds)
    func expiredTokenRefusedFromCache(kind: DatabaseKind) async throws {
        let store = try await storeWithSession(kind, lifetime: 3600, expiresIn: 60)
        let now = Timestamp.now()
        #expect(try await store.user(tokenHash: hash, at: now)?.id == "u-e1")
        #expect(try await store.user(tokenHash: hash, at: now.addingTimeInterval(120)) == nil)
        try await store.close()
    }

    @Test("blocking, logging out, a new password and a new role take effect at once", arguments: TestDatabases.kinds)
    func changesThroughTheStoreEndSessionsAtOnce(kind: DatabaseKind) async throws {
        // Trusted for an hour: only the change itself can end the session here, however slow the machine.
        let store = try await storeWithSession(kind, lifetime: 3600)
        #expect(try await store.user(tokenHash: hash)?.role == .executor)
        var promoted = TestDatabases.user("exec1")
        promoted.role = .blockHead
        promoted.bodyId = nil
        promoted.blockIds = ["roads"]
        try await store.update(user: promoted)
        #expect(try await store.user(tokenHash: hash)?.role == .blockHead)

        try await store.deleteToken(hash: hash)
        #expect(try await store.user(tokenHash: hash) == nil)

        try await store.saveToken(hash: hash, userId: "u-e1", expiresAt: Timestamp.now().addingTimeInterval(3600))
        #expect(try await store.user(tokenHash: hash) != nil)
        try await store.changePassword(userId: "u-e1", passwordHash: "another-hash", keeping: nil)
        #expect(try await store.user(tokenHash: hash) == nil)

        try await store.saveToken(hash: hash, userId: "u-e1", expiresAt: Timestamp.now().addingTimeInterval(3600))
        #expect(try await store.user(tokenHash: hash) != nil)
        try await store.setBlocked(userId: "u-e1", true)
        #expect(try await store.user(tokenHash: hash) == nil)
        try await store.close()
    }

    @Test("a clock set back does not stretch the trust", arguments: TestDatabases.kinds)
    func clockSetBackReadsAgain(kind: DatabaseKind) async throws {
        let store = try await storeWithSession(kind)
        let now = Timestamp.now()
        #expect(try await store.user(tokenHash: hash, at: now)?.id == "u-e1")
        try await deleteTokenBehindTheStore(store)
        #expect(try await store.user(tokenHash: hash, at: now.addingTimeInterval(-60)) == nil)
        try await store.close()
    }

    @Test("a lookup that read the database before a change does not keep what it read")
    func lookupOlderThanChangeNotKept() {
        let cache = SessionCache(lifetime: 60)
        let now = Timestamp.now()
        let (_, generation) = cache.user(tokenHash: hash, at: now)
        cache.forgetAll()
        cache.remember(TestDatabases.user("exec1"), tokenHash: hash, expiresAt: now.addingTimeInterval(3600), checkedAt: now, generation: generation)
        #expect(cache.user(tokenHash: hash, at: now).user == nil)
        let (_, current) = cache.user(tokenHash: hash, at: now)
        cache.remember(TestDatabases.user("exec1"), tokenHash: hash, expiresAt: now.addingTimeInterval(3600), checkedAt: now, generation: current)
        #expect(cache.user(tokenHash: hash, at: now).user?.id == "u-e1")
    }
}
