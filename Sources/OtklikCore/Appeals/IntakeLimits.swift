/// Limits at the edge of intake (issue 2): one place decides them.
public enum IntakeLimits {
    public static let maxTextLength = 20_000
    public static let maxShortFieldLength = 500
    public static let maxBatchSize = 1_000
    public static let maxBodyBytes = 1 << 20

    /// Whether `text` has more than `limit` characters. A text of no more bytes than the limit cannot
    /// have more characters, which spares counting graphemes for nearly every appeal.
    public static func exceeds(_ text: String, _ limit: Int) -> Bool {
        text.utf8.count > limit && text.count > limit
    }
}
