import OtklikCore

/// What the public side stores with an item it takes in: the hash of the link's secret (`TrackingSecret`),
/// the consent given, by its version and the hash of its text, and the hash of the author's e-mail
/// (`EmailCode.addressHash`), by which a resident signed in with that address finds the item.
public struct PublicTicket: Sendable, Equatable {
    public var secretHash: String
    public var consentVersion: String
    public var consentSHA256: String
    public var authorHash: String?
    /// The secret itself, for the link in the receipt letter only: never stored.
    var secret: String

    public init(secret: String, consent: PublicConsent, authorEmail: String? = nil) {
        secretHash = TrackingSecret.hash(secret)
        consentVersion = consent.version
        consentSHA256 = consent.sha256
        authorHash = authorEmail.map(EmailCode.addressHash)
        self.secret = secret
    }
}
