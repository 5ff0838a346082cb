import Foundation

/// The one-time code that proves a resident holds an e-mail address (issue 9: «login by e-mail code», «one
/// vote per verified contact»): six digits, valid 15 minutes, five tries. Only the SHA-256 of the address
/// and the code together is stored.
public enum EmailCode {
    public static let lifetime: TimeInterval = 15 * 60
    public static let maxAttempts = 5
    /// How long a resident's session lasts once the code is entered.
    public static let sessionLifetime: TimeInterval = 30 * 24 * 3600

    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(format: "%06d", Int.random(in: 0..<1_000_000, using: &generator))
    }

    public static func hash(email: String, code: String) -> String {
        SHA256Hex.of(Array((normalized(email) + "|" + code.trimmingCharacters(in: .whitespaces)).utf8))
    }

    /// What is kept to know an address again without keeping it: the SHA-256 of its normal form (the author
    /// of a public-side item, so a signed-in resident finds their own items).
    public static func addressHash(_ email: String) -> String {
        SHA256Hex.of(Array(normalized(email).utf8))
    }

    /// One address however it is typed: trimmed, in lower case.
    public static func normalized(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// What is wrong with an address a resident gives, if anything.
    public static func error(in email: String) -> FieldError? {
        let address = normalized(email)
        guard address.count <= 254, AppealDraftValidator.looksLikeEmail(address) else {
            return FieldError(field: "email", message: "Неверный адрес электронной почты")
        }
        return nil
    }

    /// The letter that carries the code.
    public static func message(_ code: String) -> OutboundMessage {
        OutboundMessage(
            kind: .code,
            text: "Код для входа на портал обращений: \(code). Он действует 15 минут. Если вы не запрашивали код, ничего делать не нужно."
        )
    }
}
