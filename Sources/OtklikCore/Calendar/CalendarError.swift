/// Why the calendar cannot answer: a term must be flagged, never guessed (rules.md § 4).
public enum CalendarError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No decree loaded for the year yet (it usually appears in August–October of the year before).
    case noData(year: Int)
    case invalidText(line: Int, message: String)
    case negativeCount(Int)

    public var description: String {
        switch self {
        case .noData(let year): "Нет производственного календаря на \(year) год: загрузите постановление о переносе выходных"
        case .invalidText(let line, let message): "Строка \(line) календаря: \(message)"
        case .negativeCount(let count): "Число дней не может быть отрицательным: \(count)"
        }
    }
}
