import Foundation
import OtklikCore

/// A raw payload as stored beside its item (`raw_payloads`): its own id (Open311's token), the channel and
/// the item's id there, when it came, and the SHA-256 of its bytes.
public struct StoredPayload: Sendable, Equatable {
    public var id: String
    public var appealId: String
    public var channel: String
    public var externalId: String?
    public var receivedAt: Date
    public var sha256: String
    public var payload: RawPayload
}
