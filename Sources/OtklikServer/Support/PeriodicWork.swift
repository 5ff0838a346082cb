import ServiceLifecycle

/// Work the server process repeats every `interval` until it shuts down: raising term alerts, retraining
/// the structure model. Each run first, then the pause; cancelled at shutdown, the loop ends instead of throwing.
struct PeriodicWork: Service {
    let interval: Duration
    let work: @Sendable () async -> Void

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await work()
                try? await Task.sleep(for: interval)
            }
        }
    }
}
