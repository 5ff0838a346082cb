import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// Residents' verified sessions (issue 9): a six-digit code by e-mail, then a token — a cookie on the pages,
/// a bearer token in the API. Asking for codes counts against the public side's limits like submissions.
struct ResidentAccess: Sendable {
    let store: AppealStore
    let limiter: SubmissionLimiter
    static let cookie = "otklik_resident"

    /// The residents' login page that comes back to `next` (a path of this site) once signed in.
    static func loginPath(next: String) -> String {
        "/public/login?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/public")
    }

    func sendCode(to email: String, from address: String?) async throws {
        if let error = EmailCode.error(in: email) { throw Problem.invalid([error]) }
        let normalized = EmailCode.normalized(email)
        try limiter.admit(address: address, author: Author(email: normalized), refusal: "Слишком много запросов кода.")
        try await store.issueCode(EmailCode.generate(), to: normalized)
    }

    /// A new session's token for the right code; a wrong, late or overtried code is a 422.
    func openSession(email: String, code: String) async throws -> String {
        let token = TokenHash.newToken()
        guard try await store.redeemCode(code, for: email, tokenHash: TokenHash.of(token)) else {
            throw Problem.invalid([FieldError(field: "code", message: "Неверный или просроченный код: запросите новый")])
        }
        return token
    }

    /// A new session's token for an address the OpenID Connect provider vouched for.
    func openSession(verified email: String) async throws -> String {
        let token = TokenHash.newToken()
        try await store.openResidentSession(for: email, tokenHash: TokenHash.of(token))
        return token
    }

    /// The verified address of the request's resident, from `Authorization: Bearer` or the pages' cookie.
    func resident(_ request: Request) async throws -> String? {
        var token = request.cookies[Self.cookie]?.value
        if let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") {
            token = String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
        }
        guard let token, !token.isEmpty else { return nil }
        return try await store.resident(tokenHash: TokenHash.of(token))
    }
}
