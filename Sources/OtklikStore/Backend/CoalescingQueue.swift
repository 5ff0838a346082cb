import Synchronization

/// Jobs that arrive while earlier ones are being processed wait, then are handed over together:
/// the mechanism under group commit and merged intake. One drainer at a time processes the queue;
/// it is unstructured on purpose, so a caller that goes away does not cancel jobs it shares with others.
final class CoalescingQueue<Job: Sendable>: Sendable {
    private struct State {
        var pending: [Job] = []
        var draining = false
    }

    private let state = Mutex(State())
    private let maxWeight: Int
    private let weight: @Sendable (Job) -> Int
    private let process: @Sendable ([Job]) async -> Void

    /// - Parameters:
    ///   - maxWeight: how much one hand-over may hold (a first job heavier than that still goes alone).
    ///   - process: takes a group of jobs and answers each of them itself.
    init(maxWeight: Int, weight: @escaping @Sendable (Job) -> Int = { _ in 1 }, process: @escaping @Sendable ([Job]) async -> Void) {
        self.maxWeight = maxWeight
        self.weight = weight
        self.process = process
    }

    func submit(_ job: Job) {
        let startsDraining = state.withLock { state in
            state.pending.append(job)
            guard !state.draining else { return false }
            state.draining = true
            return true
        }
        // A drainer (the group commit's writer, merged intake's) is what every waiting request waits for; at
        // the default priority it queued behind the requests being decoded on the same few threads, and
        // batches over four connections were taken in more slowly than over two.
        if startsDraining { Task(priority: .high) { await self.drain() } }
    }

    private func drain() async {
        while true {
            let group: [Job] = state.withLock { state in
                var taken = 0
                var total = 0
                for job in state.pending {
                    let next = weight(job)
                    if taken > 0 && total + next > maxWeight { break }
                    taken += 1
                    total += next
                }
                if taken == 0 { state.draining = false }
                defer { state.pending.removeFirst(taken) }
                return Array(state.pending.prefix(taken))
            }
            if group.isEmpty { return }
            await process(group)
        }
    }
}
