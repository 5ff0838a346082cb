import Hummingbird
import OtklikCore

/// The query string of the `/api/v1/calendar/…` checks: a date, a number of days, a shift.
struct CalendarQuery {
    /// Ten years either way is more than any term; a larger count is a mistake, not a question.
    static let maxDays = 3_650

    var date: LocalDate
    var days: Int
    var shift: TermShift

    init(_ request: Request, needsDays: Bool, defaultShift: TermShift) throws {
        let query = request.uri.queryParameters
        var errors: [FieldError] = []
        let rawDate = query.get("date") ?? ""
        let date = LocalDate(iso: rawDate)
        if date == nil { errors.append(FieldError(field: "date", message: "Ожидается дата в формате ГГГГ-ММ-ДД, получено «\(rawDate)»")) }
        var days = 0
        if needsDays {
            if let value = query.get("days").flatMap(Int.init), (0...Self.maxDays).contains(value) {
                days = value
            } else {
                errors.append(FieldError(field: "days", message: "Ожидается целое число дней от 0 до \(Self.maxDays)"))
            }
        }
        var shift = defaultShift
        if let raw = query.get("shift"), !raw.isEmpty {
            if let value = TermShift(rawValue: raw) {
                shift = value
            } else {
                errors.append(FieldError(field: "shift", message: "Допустимые значения: previous, next"))
            }
        }
        guard let date, errors.isEmpty else { throw Problem.invalid(errors) }
        self.date = date
        self.days = days
        self.shift = shift
    }
}
