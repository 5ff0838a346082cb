/// The Odnoklassniki group's settings (`ServerConfiguration.ok()`): the group's access token for the Bot API,
/// the secret that ends the webhook's address (OK signs nothing, so the address itself is the secret), the
/// login items are taken in as, and the API's address.
public struct OKSettings: Sendable, Equatable {
    public var token: String
    public var secret: String
    public var login: String
    public var apiURL: String
}
