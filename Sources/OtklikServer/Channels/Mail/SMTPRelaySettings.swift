/// Where answers by e-mail go (`ServerConfiguration.relay()`): the site's mail server (host and port), which
/// relays them, and the centre's address they come from.
public struct SMTPRelaySettings: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var from: String
}
