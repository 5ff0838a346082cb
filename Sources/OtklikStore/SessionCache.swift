import Foundation
import OtklikCore
import Synchronization

/// Live sessions looked up lately, so a burst of API calls with one token reads the token once: the read took
/// about a tenth of the server's time under single POSTs. A change of users or tokens made through this store
/// forgets them all at once; one made by another process holding the same database (PostgreSQL behind several
/// servers) is seen here within `lifetime`.
final class SessionCache: Sendable {
    private struct Entry {
        let user: User
        let expiresAt: Date
        let checkedAt: Date
    }

    private struct State {
        var entries: [String: Entry] = [:]
        /// Bumped by every change: a lookup that read the database before a change must not store what it read.
        var generation = 0
        var lifetime: TimeInterval
    }

    /// More sessions than any centre has at once; past it the cache starts afresh rather than track ages.
    static let capacity = 10_000

    private let state: Mutex<State>

    init(lifetime: TimeInterval) {
        state = Mutex(State(lifetime: lifetime))
    }

    /// How long a looked-up session is trusted without reading the database again; 0 turns the cache off.
    func setLifetime(_ lifetime: TimeInterval) {
        state.withLock {
            $0.lifetime = lifetime
            $0.entries = [:]
            $0.generation += 1
        }
    }

    /// The user of a session looked up less than `lifetime` ago and not expired by now, with the generation to
    /// hand back to `remember` when the database must be read.
    func user(tokenHash: String, at now: Date) -> (user: User?, generation: Int) {
        state.withLock { state in
            // A clock set back must not stretch the trust: an entry checked "later" than now is read again.
            guard let entry = state.entries[tokenHash], now < entry.expiresAt, entry.checkedAt <= now,
                now.timeIntervalSince(entry.checkedAt) < state.lifetime
            else { return (nil, state.generation) }
            return (entry.user, state.generation)
        }
    }

    /// Keeps what a lookup read, unless something changed since it began.
    func remember(_ user: User, tokenHash: String, expiresAt: Date, checkedAt: Date, generation: Int) {
        state.withLock { state in
            guard state.lifetime > 0, state.generation == generation else { return }
            if state.entries.count >= Self.capacity { state.entries = [:] }
            state.entries[tokenHash] = Entry(user: user, expiresAt: expiresAt, checkedAt: checkedAt)
        }
    }

    /// Called after any change of users or tokens has been written.
    func forgetAll() {
        state.withLock {
            $0.entries = [:]
            $0.generation += 1
        }
    }
}
