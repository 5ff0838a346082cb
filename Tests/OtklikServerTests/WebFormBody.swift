import Foundation

/// A form body as a browser encodes it (application/x-www-form-urlencoded), names repeated as given.
enum WebFormBody {
    static func pairs(_ pairs: [(String, String)]) -> String {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._*"))
        return pairs.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&")
    }
}
