import Foundation
import OtklikCore

/// A message in the outbox (`outbox`): what to send, to whom and through which channel, and how its
/// delivery went. Waiting until `deliveredAt` or `deadAt` is set; a dead one waits for a replay.
public struct OutboxItem: Sendable, Equatable {
    public enum State: String, Sendable, CaseIterable {
        case waiting, delivered, dead
    }

    public var id: String
    public var appealId: String?
    public var channel: Channel
    public var recipient: String
    public var message: OutboundMessage
    public var createdAt: Date
    public var attempts: Int
    public var nextAttemptAt: Date
    public var lastError: String?
    public var deliveredAt: Date?
    public var deadAt: Date?
    /// The channel's id of the sent message.
    public var remoteId: String?

    public var state: State { deliveredAt != nil ? .delivered : deadAt != nil ? .dead : .waiting }
}
