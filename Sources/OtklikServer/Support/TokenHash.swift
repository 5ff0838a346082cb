import Foundation
import OtklikCore

/// Tokens are stored only as their SHA-256, so a copy of the database gives no live sessions.
enum TokenHash {
    static func of(_ token: String) -> String {
        SHA256Hex.of(Array(token.utf8))
    }

    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
