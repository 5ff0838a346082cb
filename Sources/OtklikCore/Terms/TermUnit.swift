/// What a term is counted in.
public enum TermUnit: String, Codable, Sendable {
    /// 59-ФЗ: «дней» without «рабочих» are calendar days (ст. 12); the last day moves off a day off by `TermShift`.
    case calendarDays
    case workingDays
    /// Office hours of working days (`OfficeHours`), shortened on the eve of a holiday.
    case workingHours
}
