import Synchronization

/// Lets work onto the database connections until the store closes, and holds the closing until the work
/// already let in has finished. Without it a background task (a model training, an index fill) could run a
/// statement on an SQLite handle that `close()` is freeing on another thread: a crash, not an error.
final class ClosingGate: Sendable {
    private struct State {
        var closed = false
        var active = 0
        var drained: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    /// Runs `body` unless the store is closing; the closing waits for it.
    func run<T>(_ body: () async throws -> T) async throws -> T {
        try enter()
        defer { leave() }
        return try await body()
    }

    /// Refuses new work from now on and returns once the work already running has finished.
    func close() async {
        await withCheckedContinuation { continuation in
            let idle = state.withLock { state in
                state.closed = true
                if state.active == 0 { return true }
                state.drained.append(continuation)
                return false
            }
            if idle { continuation.resume() }
        }
    }

    private func enter() throws {
        try state.withLock { state in
            guard !state.closed else { throw StoreClosed() }
            state.active += 1
        }
    }

    private func leave() {
        let waiting = state.withLock { state in
            state.active -= 1
            guard state.closed, state.active == 0 else { return [CheckedContinuation<Void, Never>]() }
            defer { state.drained = [] }
            return state.drained
        }
        for continuation in waiting { continuation.resume() }
    }
}
