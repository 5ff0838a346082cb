import Foundation

/// A failed delivery attempt of one outbox message: tried again at `retryAt`, or dead when it is nil.
public struct OutboxFailure: Sendable, Equatable {
    public var id: String
    public var error: String
    public var retryAt: Date?

    public init(id: String, error: String, retryAt: Date?) {
        self.id = id
        self.error = error
        self.retryAt = retryAt
    }
}
