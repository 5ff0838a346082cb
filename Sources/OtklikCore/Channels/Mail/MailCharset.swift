import Foundation

/// Text in the charsets Russian mail comes in (issue 8): UTF-8, KOI8-R and KOI8-U, windows-1251,
/// ISO-8859-5, Latin-1 and ASCII, by the names RFC 2045/2047 labels use. Foundation decodes them; KOI8 and
/// ISO-8859-5 by their CoreFoundation encoding numbers, which Foundation on Linux also knows.
public enum MailCharset {
    static let koi8r = String.Encoding(rawValue: 0x8000_0A02)
    static let koi8u = String.Encoding(rawValue: 0x8000_0A08)
    static let iso88595 = String.Encoding(rawValue: 0x8000_0205)

    static func encoding(_ name: String) -> String.Encoding? {
        switch name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) {
        case "utf-8", "utf8": .utf8
        case "us-ascii", "ascii": .ascii
        case "koi8-r", "koi8r": koi8r
        case "koi8-u": koi8u
        case "windows-1251", "cp1251", "win-1251", "x-cp1251": .windowsCP1251
        case "iso-8859-5": iso88595
        case "iso-8859-1", "latin1": .isoLatin1
        default: nil
        }
    }

    /// The bytes as text in `charset`; an unknown or wrong label falls back to UTF-8, then windows-1251 (the
    /// commonest unlabelled Russian text), then Latin-1, which reads any bytes — nothing is dropped.
    public static func decode(_ bytes: Data, charset: String?) -> String {
        if let charset, let encoding = encoding(charset), let text = String(data: bytes, encoding: encoding) { return text }
        for fallback in [String.Encoding.utf8, .windowsCP1251] {
            if let text = String(data: bytes, encoding: fallback) { return text }
        }
        return String(decoding: bytes.map { UInt16($0) }, as: UTF16.self)
    }
}
