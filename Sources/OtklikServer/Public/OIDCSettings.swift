/// A resident's login through an OpenID Connect provider — for ЕСИА (Госуслуги) the region's ЕСИА gateway
/// that speaks standard OpenID Connect (ЕСИА's own client authentication, a ГОСТ signature of each request,
/// is the gateway's part): its issuer, this site's client id and secret, the scopes asked, the button's name,
/// and the address the provider sends the resident back to.
public struct OIDCSettings: Sendable, Equatable {
    public var issuer: String
    public var clientId: String
    public var clientSecret: String?
    public var scope: String
    public var title: String
    /// `<OTKLIK_PUBLIC_URL>/public/login/oidc/callback`.
    public var redirectURI: String

    public static let callbackPath = "/public/login/oidc/callback"
}
