import Foundation
import Logging
import OtklikCore
import OtklikStore

/// Sends what the outbox holds (issue 8): claims due messages under a lease, hands each to its channel's
/// adapter, records the delivery, or the failure with the next attempt (`DeliveryRetry`) — dead after the
/// last, for the administrator to see and replay. Nothing fails silently: every failure is on the row.
struct OutboxDispatcher: Sendable {
    let store: AppealStore
    let adapters: [Channel: any OutboundAdapter]
    let logger: Logger
    static let batch = 50
    /// Longer than any one delivery takes; a process that dies holding messages frees them after it.
    static let lease: TimeInterval = 120

    /// Delivers what is due now; returns how many went out and how many failed.
    func dispatchDue(at now: Date = Timestamp.now()) async throws -> (delivered: Int, failed: Int) {
        var delivered = 0
        var failed = 0
        while true {
            let items = try await store.claimOutbox(at: now, limit: Self.batch, lease: Self.lease)
            // Failures are recorded together after the claim's deliveries; a process that dies before that
            // leaves them to be claimed again once the lease ends, so none is lost, only its error line.
            var failures: [OutboxFailure] = []
            // Messages of a channel with no sender are logged once a claim, by channel, not a line each.
            var unsent: [String: Int] = [:]
            for item in items {
                let remoteId: String?
                do throws(DeliveryFailure) {
                    remoteId = try await deliver(item)
                } catch {
                    let retry = error.permanent ? nil : DeliveryRetry.next(after: item.attempts, at: Timestamp.now(), retryAfter: error.retryAfter)
                    failures.append(OutboxFailure(id: item.id, error: error.message, retryAt: retry))
                    if adapters[item.channel] == nil {
                        unsent[item.channel.rawValue, default: 0] += 1
                    } else {
                        logger.warning(
                            "outbox delivery failed",
                            metadata: ["id": "\(item.id)", "channel": "\(item.channel.rawValue)", "attempt": "\(item.attempts)", "error": "\(error.message)"]
                        )
                    }
                    continue
                }
                // Each delivery is recorded at once: a restart must not send it twice.
                try await store.markDelivered(item.id, remoteId: remoteId)
                delivered += 1
            }
            if !unsent.isEmpty {
                logger.warning("outbox: no sender configured, messages wait", metadata: unsent.mapValues { .string(String($0)) })
            }
            try await store.markFailed(failures)
            failed += failures.count
            if items.count < Self.batch { return (delivered, failed) }
        }
    }

    private func deliver(_ item: OutboxItem) async throws(DeliveryFailure) -> String? {
        guard !item.recipient.isEmpty else { throw DeliveryFailure(message: "Нет адреса получателя в канале «\(item.channel.title)»", permanent: true) }
        guard let adapter = adapters[item.channel] else {
            throw DeliveryFailure(message: "Канал «\(item.channel.title)» не настроен для отправки")
        }
        return try await adapter.deliver(item)
    }
}
