import Crypto

/// SHA-256 as lower-case hex: the one digest of the project (event chain, token hashes).
public enum SHA256Hex {
    public static func of(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}
