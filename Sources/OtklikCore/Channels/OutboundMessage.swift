/// A message to send to a citizen through the channel an item came by: written to the outbox with the
/// change that caused it, delivered after.
public struct OutboundMessage: Codable, Sendable, Equatable {
    public var kind: OutboundKind
    public var text: String
    /// Whether the message asks «did this help?» with the channel's buttons (the answer).
    public var asksRating: Bool

    public init(kind: OutboundKind, text: String, asksRating: Bool = false) {
        self.kind = kind
        self.text = text
        self.asksRating = asksRating
    }
}
