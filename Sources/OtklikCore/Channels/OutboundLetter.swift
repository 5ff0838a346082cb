/// A message to one e-mail address: a term alert or a weekly note to an official, written to the outbox
/// with the change that calls for it.
public struct OutboundLetter: Sendable, Equatable {
    public var email: String
    public var message: OutboundMessage

    public init(email: String, message: OutboundMessage) {
        self.email = email
        self.message = message
    }
}
