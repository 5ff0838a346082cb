import Foundation
import OtklikCore

/// Dates and times as a Russian official reads them, in the region's time zone: «26.11.2026 14:05».
struct WebFormat: Sendable {
    let timeZone: TimeZone

    func dateTime(_ date: Date?) -> String? {
        guard let date else { return nil }
        let parts = parts(date)
        return String(format: "%02d.%02d.%04d %02d:%02d", parts.day!, parts.month!, parts.year!, parts.hour!, parts.minute!)
    }

    /// The value of an `<input type="datetime-local">` (2026-11-26T14:05) for an instant, and back.
    func localInput(_ date: Date) -> String {
        let parts = parts(date)
        return String(format: "%04d-%02d-%02dT%02d:%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!)
    }

    func instant(localInput text: String) -> Date? {
        let pieces = text.split(separator: "T")
        guard pieces.count == 2, let day = LocalDate(iso: String(pieces[0])) else { return nil }
        let time = pieces[1].split(separator: ":").compactMap { Int($0) }
        guard time.count >= 2, (0..<24).contains(time[0]), (0..<60).contains(time[1]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let (year, month, dayOfMonth) = day.parts
        return calendar.date(from: DateComponents(year: year, month: month, day: dayOfMonth, hour: time[0], minute: time[1]))
    }

    func day(_ date: Date?) -> String? {
        date.map { LocalDate($0, in: timeZone).russian }
    }

    /// «3 дн. 4 ч» — how long past (or before) a term, coarse enough to read at a glance.
    func span(_ seconds: TimeInterval) -> String {
        let hours = Int(abs(seconds) / 3600)
        if hours >= 24 { return "\(hours / 24) дн. \(hours % 24) ч" }
        let minutes = Int(abs(seconds) / 60) % 60
        return hours > 0 ? "\(hours) ч \(minutes) мин" : "\(minutes) мин"
    }

    private func parts(_ date: Date) -> DateComponents {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    }
}
