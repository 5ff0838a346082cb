import Hummingbird

/// The public pages' CSRF guard: there is no session, so a random token lives in a cookie and in each form,
/// and a form is taken only when the two agree (the login page's scheme).
enum PublicCSRF {
    static let cookie = "otklik_public"

    /// The request's token from its cookie, or a new one.
    static func token(_ request: Request) -> String {
        request.cookies[cookie]?.value ?? TokenHash.newToken()
    }

    /// The token the request's cookie holds, to check a sent form against.
    static func sent(_ request: Request) -> String? { request.cookies[cookie]?.value }

    /// The page with its token set (again) as the cookie, for a day.
    static func page(_ response: Response, token: String, secure: Bool) -> Response {
        var response = response
        response.setCookie(WebSession.cookie(cookie, value: token, maxAge: 86_400, secure: secure))
        return response
    }
}
