import Foundation

/// Instants are kept with millisecond precision everywhere (storage, JSON, hashes),
/// so a value read back equals the value written.
public enum Timestamp {
    public static func now() -> Date { date(millis: millis(Date())) }

    public static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    public static func date(millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }

    /// Formats from the whole milliseconds, since the formatter truncates a fraction
    /// like .1229999 to .122 and the value would not read back equal.
    public static func iso(_ date: Date) -> String {
        let millis = millis(date)
        let (seconds, fraction) = millis.quotientAndRemainder(dividingBy: 1000)
        let whole = seconds - (fraction < 0 ? 1 : 0)
        let ms = (fraction + 1000) % 1000
        let base = Date(timeIntervalSince1970: Double(whole)).formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
        let digits = String(ms)
        return base.dropLast() + "." + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
    }

    /// Accepts ISO 8601 with or without fractional seconds, and a plain `YYYY-MM-DD` as midnight UTC.
    public static func parse(_ text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
        if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
        if text.count == 10, let date = try? Date.ISO8601FormatStyle().year().month().day().parse(text) { return date }
        return nil
    }
}
