/// The two buttons under an answer in a messenger (issue 9: «asked through the channel it came from») and what
/// a press carries back: `rate:<appeal id>:1` or `:0` — Telegram's `callback_data` (at most 64 bytes: a UUID
/// fits) and VK's button `payload` (inside its JSON, at most 255 characters).
public enum RatingButton {
    static let prefix = "rate:"
    /// The labels, «helped» first, and the question above them.
    public static let labels = (satisfied: "Помог", unsatisfied: "Не помог")
    public static let question = "Помог ли вам ответ?"

    public static func data(appealId: String, satisfied: Bool) -> String {
        prefix + appealId + (satisfied ? ":1" : ":0")
    }

    /// The item and the rating a press carries; nil for anything else.
    public static func parse(_ data: String) -> (appealId: String, satisfied: Bool)? {
        guard data.hasPrefix(prefix) else { return nil }
        let parts = data.dropFirst(prefix.count).split(separator: ":")
        guard parts.count == 2, !parts[0].isEmpty, ["0", "1"].contains(parts[1]) else { return nil }
        return (String(parts[0]), parts[1] == "1")
    }
}
