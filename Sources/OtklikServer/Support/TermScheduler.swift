import Logging
import OtklikStore
import ServiceLifecycle

/// Raises term alerts (reminders before a term, escalations after it) every `interval`, as a service of
/// the server process: it stops with the server. Alerts are stored once each (`raiseTermAlerts`), so a
/// restart or a second server process neither loses nor repeats one.
struct TermScheduler: Service {
    let store: AppealStore
    let interval: Duration
    let soon: Double
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    let raised = try await store.raiseTermAlerts(soon: soon)
                    if raised > 0 { logger.info("term alerts raised", metadata: ["count": "\(raised)"]) }
                } catch {
                    logger.error("term alerts failed: \(error)")
                }
                // Cancelled at shutdown: the loop ends instead of throwing.
                try? await Task.sleep(for: interval)
            }
        }
    }
}
