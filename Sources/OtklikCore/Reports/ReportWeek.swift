/// The week a weekly note covers (issue 7; seed 004 §4.3а): Monday to Sunday, named as Russian documents
/// name a period: «16–22 ноября 2026 г.».
public struct ReportWeek: Sendable, Equatable {
    public let monday: LocalDate

    public var sunday: LocalDate { monday.adding(days: 6) }

    /// The week a day falls in.
    public init(containing day: LocalDate) {
        monday = day.adding(days: 1 - day.weekday)
    }

    /// The last week that has ended by `today` (on a Monday, the week before).
    public static func lastFull(before today: LocalDate) -> ReportWeek {
        ReportWeek(containing: today.adding(days: -7))
    }

    static let months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]

    public var title: String {
        let (startYear, startMonth, startDay) = monday.parts
        let (endYear, endMonth, endDay) = sunday.parts
        let end = "\(endDay) \(Self.months[endMonth - 1]) \(endYear) г."
        if startYear != endYear { return "\(startDay) \(Self.months[startMonth - 1]) \(startYear) г. — \(end)" }
        if startMonth != endMonth { return "\(startDay) \(Self.months[startMonth - 1]) — \(end)" }
        return "\(startDay)–\(end)"
    }
}
