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
