import Foundation

/// A day of the calendar without a time or a zone (a term's end, a day of the production calendar),
/// kept as the number of days since 1970-01-01 so that adding days is plain arithmetic.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let dayNumber: Int64

    public init(dayNumber: Int64) {
        self.dayNumber = dayNumber
    }

    /// Nil for a day that does not exist (30 February).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...CivilDate.daysIn(month: Int64(month), year: Int64(year))).contains(Int64(day)) else { return nil }
        dayNumber = CivilDate.daysSinceEpoch(year: Int64(year), month: Int64(month), day: Int64(day))
    }

    /// Reads `YYYY-MM-DD`; nil for anything else.
    public init?(iso text: String) {
        var reader = DigitReader(text)
        guard let year = reader.number(4), reader.skip("-"), let month = reader.number(2), reader.skip("-"),
            let day = reader.number(2), reader.atEnd
        else { return nil }
        self.init(year: Int(year), month: Int(month), day: Int(day))
    }

    /// The day an instant falls on in a time zone (the region's).
    public init(_ instant: Date, in timeZone: TimeZone) {
        dayNumber = Timestamp.localMillis(instant, in: timeZone).floorDivided(by: 86_400_000).quotient
    }

    /// The first millisecond of this day in a zone, as UTC milliseconds (the inverse of `init(_:in:)`).
    public func startMillis(in timeZone: TimeZone) -> Int64 {
        let localMillis = dayNumber * 86_400_000
        let offset = Int64(timeZone.secondsFromGMT(for: Timestamp.date(millis: localMillis))) * 1000
        return localMillis - offset
    }

    public var parts: (year: Int, month: Int, day: Int) {
        let (year, month, day) = CivilDate.from(daysSinceEpoch: dayNumber)
        return (Int(year), Int(month), Int(day))
    }

    public var year: Int { parts.year }

    /// ISO weekday: 1 Monday … 7 Sunday (1970-01-01 was a Thursday).
    public var weekday: Int { Int((dayNumber + 3).floorDivided(by: 7).remainder) + 1 }

    public var isWeekend: Bool { weekday >= 6 }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + Int64(days)) }

    public var iso: String {
        let (year, month, day) = parts
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        // Four digits of year, as ISO 8601 and `init?(iso:)` want them (0664, not 664).
        let digits = String(year.magnitude)
        return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "-\(two(month))-\(two(day))"
    }

    /// «30.12.2026», as Russian documents write a date.
    public var russian: String {
        let (year, month, day) = parts
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(day)).\(two(month)).\(year)"
    }

    public var description: String { iso }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.dayNumber < rhs.dayNumber }
}
