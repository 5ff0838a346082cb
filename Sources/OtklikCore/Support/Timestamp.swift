import Foundation

/// Instants are kept with millisecond precision everywhere (storage, JSON, hashes),
/// so a value read back equals the value written.
public enum Timestamp {
    public static func now() -> Date { date(millis: millis(Date())) }

    public static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    public static func date(millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }

    /// The instant's wall-clock time in a zone, as milliseconds since 1970-01-01 00:00 of that zone.
    public static func localMillis(_ date: Date, in timeZone: TimeZone) -> Int64 {
        millis(date) + Int64(timeZone.secondsFromGMT(for: date)) * 1000
    }

    /// `YYYY-MM-DDTHH:MM:SS.mmmZ` in UTC, from the whole milliseconds.
    public static func iso(_ date: Date) -> String {
        var bytes: [UInt8] = []
        appendISO(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same appended as UTF-8, digit by digit: every appeal is encoded with several dates on each write,
    /// and a formatter, or a string for each part, per date is slow.
    static func appendISO(_ date: Date, to bytes: inout [UInt8]) {
        let (days, msOfDay) = millis(date).floorDivided(by: 86_400_000)
        let (year, month, day) = CivilDate.from(daysSinceEpoch: days)
        guard (0...9999).contains(year) else {
            bytes.append(contentsOf: date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)).utf8)
            return
        }
        let seconds = msOfDay / 1000
        func append(_ value: Int64, width: Int, then separator: UInt8?) {
            var divisor: Int64 = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
            if let separator { bytes.append(separator) }
        }
        append(year, width: 4, then: UInt8(ascii: "-"))
        append(month, width: 2, then: UInt8(ascii: "-"))
        append(day, width: 2, then: UInt8(ascii: "T"))
        append(seconds / 3600, width: 2, then: UInt8(ascii: ":"))
        append(seconds / 60 % 60, width: 2, then: UInt8(ascii: ":"))
        append(seconds % 60, width: 2, then: UInt8(ascii: "."))
        append(msOfDay % 1000, width: 3, then: UInt8(ascii: "Z"))
    }

    /// Reads ISO 8601 as RFC 3339 writes it: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, and a plain
    /// `YYYY-MM-DD` as midnight UTC. Strict: an impossible date (30 February) is refused, not rolled
    /// over as Foundation's parser does. Digits past the millisecond are dropped.
    public static func parse(_ text: String) -> Date? {
        var reader = DigitReader(text)
        guard let year = reader.number(4), reader.skip("-"), let month = reader.number(2), reader.skip("-"), let day = reader.number(2),
            (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        let days = CivilDate.daysSinceEpoch(year: year, month: month, day: day)
        if reader.atEnd { return date(millis: days * 86_400_000) }
        guard reader.skip("T"), let hour = reader.number(2), reader.skip(":"), let minute = reader.number(2), reader.skip(":"),
            let second = reader.number(2), hour < 24, minute < 60, second < 60
        else { return nil }
        var millis: Int64 = 0
        if reader.skip(".") {
            let digits = reader.digits()
            guard !digits.isEmpty else { return nil }
            millis = Int64((digits + "00").prefix(3))!
        }
        var offsetMinutes: Int64 = 0
        if !reader.skip("Z") {
            let sign: Int64 = reader.skip("+") ? 1 : reader.skip("-") ? -1 : 0
            guard sign != 0, let hours = reader.number(2), reader.skip(":"), let minutes = reader.number(2), hours < 24, minutes < 60
            else { return nil }
            offsetMinutes = sign * (hours * 60 + minutes)
        }
        guard reader.atEnd else { return nil }
        return date(millis: ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60_000 + second * 1000 + millis)
    }
}

extension Int64 {
    /// Quotient rounded towards minus infinity, and a remainder that is never negative.
    func floorDivided(by divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }
}
