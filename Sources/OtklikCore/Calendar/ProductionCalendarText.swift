import Foundation

/// Reads a production calendar written as `RussianProductionCalendar.text` is: a line `YYYY | source`
/// opens a year; the lines under it list `MM-DD kind` separated by commas. The same format lets an
/// administrator add next year's decree without a new release.
public enum ProductionCalendarText {
    public static func parse(_ text: String, presidentialDaysOff: Bool) throws(CalendarError) -> WorkingCalendar {
        var sources: [Int: String] = [:]
        var special: [LocalDate: Set<SpecialDay>] = [:]
        var year: Int?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            let number = index + 1
            if line.isEmpty { continue }
            if let bar = line.firstIndex(of: "|") {
                guard let value = Int(line[..<bar].trimmingCharacters(in: .whitespaces)), (1992...9999).contains(value) else {
                    throw .invalidText(line: number, message: "ожидается год и источник: «2027 | постановление …»")
                }
                guard sources[value] == nil else { throw .invalidText(line: number, message: "год \(value) указан дважды") }
                year = value
                sources[value] = line[line.index(after: bar)...].trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let year else { throw .invalidText(line: number, message: "дни указаны до строки с годом") }
            for entry in line.split(separator: ",") {
                let parts = entry.split(separator: " ", omittingEmptySubsequences: true)
                guard parts.count == 2, let kind = SpecialDay(rawValue: String(parts[1])),
                    let date = LocalDate(iso: "\(year)-\(parts[0])")
                else {
                    let kinds = SpecialDay.allCases.map(\.rawValue).joined(separator: ", ")
                    throw .invalidText(line: number, message: "«\(entry.trimmingCharacters(in: .whitespaces))»: ожидается «ММ-ДД вид», вид — одно из: \(kinds)")
                }
                special[date, default: []].insert(kind)
            }
        }
        return WorkingCalendar(sources: sources, special: special, presidentialDaysOff: presidentialDaysOff)
    }
}
