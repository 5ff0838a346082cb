/// A message to send to a citizen through the channel an item came by: written to the outbox with the
/// change that caused it, delivered after.
public struct OutboundMessage: Codable, Sendable, Equatable {
    public var kind: OutboundKind
    public var text: String
    /// Whether the message asks «did this help?» with the channel's buttons (the answer).
    public var asksRating: Bool

    /// What the centre's view of the queue shows: a login code is the resident's alone, so only that one went.
    public var shownText: String { kind == .code ? "Код для входа (скрыт)" : text }

    public init(kind: OutboundKind, text: String, asksRating: Bool = false) {
        self.kind = kind
        self.text = text
        self.asksRating = asksRating
    }
}
