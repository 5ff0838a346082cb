/// Limits at the edge of intake (issue 2): one place decides them.
public enum IntakeLimits {
    public static let maxTextLength = 20_000
    public static let maxShortFieldLength = 500
    public static let maxBatchSize = 1_000
    public static let maxBodyBytes = 1 << 20
}
