import Foundation

/// The address of an item's public page for the holder of its secret (`TrackingSecret`), relative to the site
/// or under the site's public address (`OTKLIK_PUBLIC_URL`) in a letter.
public enum PublicLink {
    public static func path(number: String, secret: String) -> String {
        "/public/appeals/\(number.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? number)?key=\(secret)"
    }

    public static func url(base: String, number: String, secret: String) -> String {
        base + path(number: number, secret: secret)
    }
}
