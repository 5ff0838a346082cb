import Foundation
import Hummingbird
import OtklikCore

/// The browser session: a bearer token of the same kind the API issues, kept in an HttpOnly, SameSite=Lax
/// cookie; every form carries a CSRF token derived from it, so another site can neither read nor forge one.
enum WebSession {
    static let cookieName = "otklik_session"
    /// Before login there is no session: the login form's CSRF token is a random value also set as a cookie.
    static let loginCookieName = "otklik_login"

    static func csrfToken(session: String) -> String { TokenHash.of("csrf|" + session) }

    /// The CSRF token of the request's session; nil without one, so no form can be accepted.
    static func csrfToken(_ context: OtklikRequestContext) -> String? { context.sessionToken.map(csrfToken(session:)) }

    static func cookie(_ name: String, value: String, maxAge: Int, secure: Bool) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// A cookie that tells the browser to forget `name`.
    static func expired(_ name: String, secure: Bool) -> Cookie { cookie(name, value: "", maxAge: 0, secure: secure) }

    /// A local path to return to after login; anything else (another host, a scheme) becomes the inbox.
    static func safeReturnPath(_ raw: String?) -> String {
        guard let raw, raw.hasPrefix("/"), !raw.hasPrefix("//"), !raw.contains("\\") else { return "/" }
        return raw
    }
}
