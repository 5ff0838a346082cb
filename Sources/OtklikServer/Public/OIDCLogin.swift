import Crypto
import Foundation
import Hummingbird
import OtklikCore
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The authorization code flow of OpenID Connect with PKCE (RFC 7636) for residents (issue 9: «the ЕСИА login
/// is a documented OpenID Connect adapter with a configuration»). The provider's endpoints come from its
/// discovery document; `start` sends the resident there with a state and a code challenge kept in a
/// short-lived HttpOnly cookie; `finish` checks the state, exchanges the code at the token endpoint directly
/// (so TLS, not the ID token's signature, vouches for the issuer — OpenID Connect Core §3.1.3.7) and reads the
/// resident's e-mail from the userinfo endpoint. The session that follows is the same as after an e-mail code.
final class OIDCLogin: Sendable {
    let settings: OIDCSettings
    static let cookie = "otklik_oidc"
    private let endpoints = Mutex<Endpoints?>(nil)

    struct Endpoints: Decodable, Sendable {
        var authorization_endpoint: String
        var token_endpoint: String
        var userinfo_endpoint: String
    }

    struct Failure: Error {
        var detail: String
    }

    init(settings: OIDCSettings) {
        self.settings = settings
    }

    /// The provider's address to send the resident to, and the cookie value that must come back with it.
    func start(next: String) async throws -> (location: String, cookie: String) {
        let endpoints = try await discover()
        let state = TrackingSecret.generate()
        let verifier = Base64URL.encode(Array(TrackingSecret.generate().utf8) + Array(TrackingSecret.generate().utf8))
        let challenge = Base64URL.encode(Array(SHA256.hash(data: Array(verifier.utf8))))
        guard var components = URLComponents(string: endpoints.authorization_endpoint) else { throw Failure(detail: "адрес авторизации поставщика неверен") }
        components.queryItems = (components.queryItems ?? []) + [
            URLQueryItem(name: "response_type", value: "code"), URLQueryItem(name: "client_id", value: settings.clientId),
            URLQueryItem(name: "redirect_uri", value: settings.redirectURI), URLQueryItem(name: "scope", value: settings.scope),
            URLQueryItem(name: "state", value: state), URLQueryItem(name: "nonce", value: TrackingSecret.generate()),
            URLQueryItem(name: "code_challenge", value: challenge), URLQueryItem(name: "code_challenge_method", value: "S256"),
        ]
        guard let location = components.url?.absoluteString else { throw Failure(detail: "адрес авторизации поставщика неверен") }
        return (location, [state, verifier, Base64URL.encode(Array(next.utf8))].joined(separator: "."))
    }

    /// The resident's verified e-mail and where to go next, once the provider sent them back with a code.
    func finish(code: String, state: String, cookie: String?) async throws -> (email: String, next: String) {
        let parts = (cookie ?? "").split(separator: ".").map(String.init)
        guard parts.count == 3, ChannelWebhook.same(state, parts[0]) else { throw Failure(detail: "вход устарел или начат в другом окне") }
        let next = Base64URL.decode(parts[2]).flatMap { String(bytes: $0, encoding: .utf8) } ?? "/public"
        let endpoints = try await discover()
        var form = [
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", settings.redirectURI), ("client_id", settings.clientId),
            ("code_verifier", parts[1]),
        ]
        if let secret = settings.clientSecret { form.append(("client_secret", secret)) }
        var tokenRequest = URLRequest(url: try Self.url(endpoints.token_endpoint))
        tokenRequest.httpMethod = "POST"
        tokenRequest.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        tokenRequest.httpBody = Data(form.map { "\($0.0)=\(Self.formEncoded($0.1))" }.joined(separator: "&").utf8)
        let token: [String: Any] = try await Self.json(tokenRequest, what: "обмен кода на токен")
        guard let accessToken = token["access_token"] as? String else { throw Failure(detail: "поставщик не выдал токен доступа") }
        var userinfoRequest = URLRequest(url: try Self.url(endpoints.userinfo_endpoint))
        userinfoRequest.setValue("Bearer \(accessToken)", forHTTPHeaderField: "Authorization")
        let claims: [String: Any] = try await Self.json(userinfoRequest, what: "сведения о пользователе")
        guard let email = claims["email"] as? String, EmailCode.error(in: email) == nil, (claims["email_verified"] as? Bool) != false else {
            throw Failure(detail: "поставщик не передал подтверждённый адрес электронной почты")
        }
        return (EmailCode.normalized(email), WebSession.safeReturnPath(next))
    }

    private func discover() async throws -> Endpoints {
        if let known = endpoints.withLock({ $0 }) { return known }
        let address = (settings.issuer.hasSuffix("/") ? String(settings.issuer.dropLast()) : settings.issuer) + "/.well-known/openid-configuration"
        let (data, response) = try await Self.fetch(URLRequest(url: try Self.url(address)))
        guard (response as? HTTPURLResponse)?.statusCode == 200, let found = try? JSONDecoder().decode(Endpoints.self, from: data) else {
            throw Failure(detail: "не удалось прочитать настройки поставщика входа (\(address))")
        }
        endpoints.withLock { $0 = found }
        return found
    }

    /// One request to the provider; a network failure is a `Failure` the page can tell, not a server error.
    private static func fetch(_ request: URLRequest) async throws -> (Data, URLResponse) {
        do {
            return try await ChannelHTTP.session().data(for: request)
        } catch {
            throw Failure(detail: "поставщик не отвечает (\(request.url?.host ?? ""))")
        }
    }

    private static func json(_ request: URLRequest, what: String) async throws -> [String: Any] {
        let (data, response) = try await fetch(request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard status == 200, let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure(detail: "\(what): поставщик ответил \(status)")
        }
        return object
    }

    private static func url(_ text: String) throws -> URL {
        guard let url = URL(string: text) else { throw Failure(detail: "неверный адрес поставщика: \(text)") }
        return url
    }

    private static func formEncoded(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
