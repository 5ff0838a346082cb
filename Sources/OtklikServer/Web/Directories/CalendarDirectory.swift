import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `/admin/calendar`: the production calendar as terms use it (issue 4: «an administrator can add next year's
/// decree without a new release: import a file or edit days in the UI»). A year's months with every day off,
/// shortened and worked weekend marked and explained; the year's text to edit or a new year's to paste, loaded
/// as `POST /api/v1/calendar/years` loads it; and a check of a term from any date, as the API computes it.
struct CalendarDirectory {
    let pages: DirectoryPages

    struct View {
        struct Year {
            var year: Int
            var source: String
            var origin: String
            var link: String
            var active: Bool
        }

        struct Day {
            var number: String
            var kind: String
            var title: String
        }

        struct Week {
            var days: [Day]
        }

        struct Month {
            var name: String
            var weeks: [Week]
            var workingDays: Int
            var hours: Int
        }

        struct Check {
            var from: String
            var days: String
            var working: String?
            var calendar: String?
            var error: String?
        }

        var chrome: PageChrome
        var tabs: [DirectoryView.Tab]
        var years: [Year]
        var year: Int
        var covered: Bool
        var months: [Month]
        var workingDays: Int
        var hours: Int
        var text: String
        var textError: String?
        var check: Check
        var shift: String
        var notice: String?
        var alert: String?
    }

    static let monthNames = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"]

    func show(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        _ = try pages.administrator(context)
        let query = request.uri.queryParameters
        let today = LocalDate(Date(), in: pages.configuration.timeZone)
        let year = query.get("year").flatMap(Int.init).flatMap { (1992...9999).contains($0) ? $0 : nil } ?? today.year
        let notice = query.get("saved").map { "Загружено в календарь: \($0). Новые сроки считаются по нему." }
        return try await page(context, year: year, text: nil, check: check(from: query.get("from"), days: query.get("days"), today: today), notice: notice)
    }

    /// `POST /admin/calendar`: the year's text, edited or new, loaded in place of what the calendar had for it.
    func load(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try pages.administrator(context)
        let form = try await pages.form(request, context)
        let text = form.fields["text"] ?? ""
        let year = form["year"].flatMap(Int.init) ?? LocalDate(Date(), in: pages.configuration.timeZone).year
        do {
            let years = try await pages.store.loadCalendar(text: text, by: user)
            let saved = years.map(String.init).joined(separator: ", ")
            return .redirect(to: "/admin/calendar?year=\(years.first ?? year)&saved=\(saved.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")", type: .normal)
        } catch StoreError.invalid(let errors) {
            let empty = View.Check(from: "", days: "")
            return try await page(context, year: year, text: text, textError: errors.first?.message, check: empty, status: .unprocessableContent)
        }
    }

    /// The term check of the query: N working days and N calendar days from a date.
    private func check(from asked: String?, days askedDays: String?, today: LocalDate) -> View.Check {
        let from = asked ?? today.iso
        let days = askedDays ?? "30"
        var check = View.Check(from: from, days: days)
        guard asked != nil else { return check }
        guard let date = LocalDate(iso: from) else {
            check.error = "Дата: ожидается ГГГГ-ММ-ДД"
            return check
        }
        guard let count = Int(days), (0...3650).contains(count) else {
            check.error = "Число дней: от 0 до 3650"
            return check
        }
        let terms = pages.store.terms
        do throws(CalendarError) {
            check.working = try terms.calendar.addingWorkingDays(count, to: date).russian
            check.calendar = try terms.calendar.addingCalendarDays(count, to: date, shift: terms.shift).russian
        } catch {
            check.error = error.description
        }
        return check
    }

    private func page(
        _ context: OtklikRequestContext, year: Int, text: String?, textError: String? = nil, check: View.Check, notice: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let calendar = pages.store.terms.calendar
        let years = try await pages.store.calendarYears().map { entry in
            View.Year(
                year: entry.year, source: entry.source, origin: entry.loaded ? "загружен администратором" : "поставляется с программой",
                link: "/admin/calendar?year=\(entry.year)", active: entry.year == year
            )
        }
        let months = calendar.sources[year] == nil ? [] : (1...12).map { month(year: year, month: $0, calendar: calendar) }
        let view = View(
            chrome: try PageChrome(title: "Производственный календарь", context: context),
            tabs: DirectoryPages.tabs.map { DirectoryView.Tab(link: "/admin/\($0.0)", title: $0.1, active: $0.0 == "calendar") },
            years: years, year: year, covered: !months.isEmpty, months: months, workingDays: months.reduce(0) { $0 + $1.workingDays },
            hours: months.reduce(0) { $0 + $1.hours },
            text: text ?? pages.store.calendarText(year: year) ?? "\(year) | постановление Правительства РФ от … № …\n",
            textError: textError, check: check,
            shift: pages.store.terms.shift == .previousWorkingDay ? "на предыдущий рабочий день" : "на следующий рабочий день",
            notice: notice, alert: textError.map { _ in "Календарь не изменён: исправьте текст" }
        )
        return pages.renderer.html("directory-calendar", view, status: status)
    }

    /// A month as weeks from Monday, each day with its kind.
    private func month(year: Int, month: Int, calendar: WorkingCalendar) -> View.Month {
        var day = LocalDate(year: year, month: month, day: 1)!
        var cells = Array(repeating: View.Day(number: "", kind: "pad", title: ""), count: day.weekday - 1)
        var working = 0
        var hours = 0
        while day.parts.month == month {
            let kind = (try? CalendarDayKind.of(day, in: calendar)) ?? .working
            if kind.isWorking { working += 1 }
            hours += (try? calendar.workingHours(on: day)) ?? 0
            cells.append(View.Day(number: "\(day.parts.day)", kind: kind.rawValue, title: kind.title))
            day = day.adding(days: 1)
        }
        cells += Array(repeating: View.Day(number: "", kind: "pad", title: ""), count: (7 - cells.count % 7) % 7)
        let weeks = stride(from: 0, to: cells.count, by: 7).map { View.Week(days: Array(cells[$0..<$0 + 7])) }
        return View.Month(name: Self.monthNames[month - 1], weeks: weeks, workingDays: working, hours: hours)
    }
}
