import OtklikStore

/// A channel's outbound side: sends one outbox message and returns the channel's id of it.
protocol OutboundAdapter: Sendable {
    func deliver(_ item: OutboxItem) async throws(DeliveryFailure) -> String?
}
