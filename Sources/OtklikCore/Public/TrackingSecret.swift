/// The secret of a resident's link to follow an item (`/public/appeals/<number>?key=<secret>`): 128 random
/// bits as 32 hex digits. Only its SHA-256 is stored, so the database alone opens no one's link.
public enum TrackingSecret {
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0f)]] })
    }

    public static func hash(_ secret: String) -> String { SHA256Hex.of(Array(secret.utf8)) }

    /// Whether a sent secret has the shape of one (checked before any lookup).
    public static func isWellFormed(_ secret: String) -> Bool {
        secret.utf8.count == 32 && secret.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
    }
}
