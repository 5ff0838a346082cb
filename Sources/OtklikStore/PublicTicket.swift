import OtklikCore

/// What the public side stores with an item it takes in: the hash of the link's secret (`TrackingSecret`)
/// and the consent given, by its version and the hash of its text.
public struct PublicTicket: Sendable, Equatable {
    public var secretHash: String
    public var consentVersion: String
    public var consentSHA256: String
    /// The secret itself, for the link in the receipt letter only: never stored.
    var secret: String

    public init(secret: String, consent: PublicConsent) {
        secretHash = TrackingSecret.hash(secret)
        consentVersion = consent.version
        consentSHA256 = consent.sha256
        self.secret = secret
    }
}
