import Hummingbird
import OtklikCore
import OtklikStore

/// `/api/v1/calendar/…` and `/api/v1/terms/rules`: the production calendar and the term rules as the
/// server applies them, so an administrator can check them against the acts and load the next year's
/// calendar. The same answers as `otklik calendar` and `otklik terms`.
struct CalendarAPI {
    let store: AppealStore

    struct LoadRequest: Decodable {
        var text: String
    }

    struct LoadAnswer: Encodable {
        var years: [Int]
    }

    struct YearsAnswer: Encodable {
        var items: [AppealStore.CalendarYear]
    }

    struct DayAnswer: Encodable {
        var date: String
        var working: Bool
        var hours: Int
    }

    struct TermAnswer: Encodable {
        var date: String
        var days: Int
        var shift: String?
        var result: String
    }

    func register(on group: RouterGroup<OtklikRequestContext>) {
        group.get("/terms/rules") { _, _ in try JSONBody.response(store.terms.rules) }
        group.get("/calendar/years") { _, _ in try JSONBody.response(YearsAnswer(items: try await store.calendarYears())) }
        group.post("/calendar/years") { request, context in
            let user = try context.requireUser()
            guard user.role == .admin else { throw Problem.forbidden("Загружать производственный календарь может только администратор") }
            let body = try await JSONBody.decode(LoadRequest.self, from: request, context: context)
            return try JSONBody.response(LoadAnswer(years: try await store.loadCalendar(text: body.text, by: user)), status: .created)
        }
        group.get("/calendar/is-working") { request, _ in
            let calendar = store.terms.calendar
            let query = try CalendarQuery(request, needsDays: false, defaultShift: store.terms.shift)
            let hours = try answer { () throws(CalendarError) in try calendar.workingHours(on: query.date) }
            return try JSONBody.response(DayAnswer(date: query.date.iso, working: hours > 0, hours: hours))
        }
        group.get("/calendar/add-working-days") { request, _ in
            let calendar = store.terms.calendar
            let query = try CalendarQuery(request, needsDays: true, defaultShift: store.terms.shift)
            let result = try answer { () throws(CalendarError) in try calendar.addingWorkingDays(query.days, to: query.date) }
            return try JSONBody.response(TermAnswer(date: query.date.iso, days: query.days, result: result.iso))
        }
        group.get("/calendar/add-days") { request, _ in
            let calendar = store.terms.calendar
            let query = try CalendarQuery(request, needsDays: true, defaultShift: store.terms.shift)
            let result = try answer { () throws(CalendarError) in
                try calendar.addingCalendarDays(query.days, to: query.date, shift: query.shift)
            }
            return try JSONBody.response(TermAnswer(date: query.date.iso, days: query.days, shift: query.shift.rawValue, result: result.iso))
        }
    }

    /// A question the calendar cannot answer (a year without its decree) is the caller's to fix: 422 on `date`.
    private func answer<T>(_ body: () throws(CalendarError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw Problem.invalid([FieldError(field: "date", message: error.description)])
        }
    }
}
