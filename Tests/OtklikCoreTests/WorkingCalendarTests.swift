import Foundation
import OtklikTestSupport
import Testing

@testable import OtklikCore

@Suite("Working calendar: the Russian production calendar and term arithmetic on it")
struct WorkingCalendarTests {
    let calendar = RussianProductionCalendar.calendar()

    func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    /// The shared reference calendar (`../shared/data/production-calendar/`): date → kinds.
    static func sharedCalendar() throws -> [String: Set<String>] {
        let url = SharedData.url("production-calendar/calendar_ru_2020_2027.csv")
        var kinds: [String: Set<String>] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            kinds[String(fields[1]), default: []].insert(String(fields[3]))
        }
        return kinds
    }

    @Test("agrees day by day with the shared calendar 2020–2027, presidential days counted either way")
    func agreesWithSharedCalendar() throws {
        let shared = try Self.sharedCalendar()
        for presidentialDaysOff in [false, true] {
            let calendar = RussianProductionCalendar.calendar(presidentialDaysOff: presidentialDaysOff)
            var day = day("2020-01-01")
            while day.year <= 2027 {
                let kinds = shared[day.iso] ?? []
                let dayOff = ["holiday_tk112", "day_off_auto_tk112_p2", "day_off_decree"] + (presidentialDaysOff ? ["nonworking_ukaz"] : [])
                let expected = kinds.contains("working_weekend_decree") || (!day.isWeekend && kinds.isDisjoint(with: dayOff))
                #expect(try calendar.isWorkingDay(day) == expected, "\(day)")
                let hours = try calendar.workingHours(on: day)
                #expect(hours == (expected ? (kinds.contains("shortened_preholiday") ? 7 : 8) : 0), "\(day)")
                day = day.adding(days: 1)
            }
        }
    }

    @Test("working days per year are the official figures")
    func workingDaysPerYear() throws {
        let official = [2020: 248, 2021: 247, 2022: 247, 2023: 247, 2024: 248, 2025: 247, 2026: 247, 2027: 247]
        for (year, days) in official { #expect(try calendar.workingDays(in: year) == days, "\(year)") }
    }

    @Test("each kind of special day: holiday, moved day off, decree day off, working Saturday, shortened day")
    func specialDays() throws {
        #expect(try !calendar.isWorkingDay(day("2026-01-07")))  // Christmas, ТК ст. 112 ч. 1
        #expect(try !calendar.isWorkingDay(day("2026-03-09")))  // 8 March was a Sunday: moved to Monday, ч. 2
        #expect(try !calendar.isWorkingDay(day("2026-01-09")))  // Saturday 3 January moved by ПП № 1466
        #expect(try calendar.isWorkingDay(day("2024-04-27")))  // a Saturday worked by ПП № 1314
        #expect(try calendar.workingHours(on: day("2024-04-27")) == 8)  // not shortened: it replaces a full day
        #expect(try calendar.workingHours(on: day("2025-11-01")) == 7)  // a working Saturday on the eve of 4 November
        #expect(try calendar.workingHours(on: day("2026-04-30")) == 7)
        #expect(try calendar.isWorkingDay(day("2026-11-26")))  // an ordinary Thursday
        #expect(try !calendar.isWorkingDay(day("2026-11-28")))  // an ordinary Saturday
    }

    @Test("adding working days counts the days after the start: 26.12.2025 + 10 = 21.01.2026")
    func addingWorkingDays() throws {
        #expect(try calendar.addingWorkingDays(10, to: day("2025-12-26")) == day("2026-01-21"))
        #expect(try calendar.addingWorkingDays(1, to: day("2026-11-27")) == day("2026-11-30"))  // Friday + 1 = Monday
        #expect(try calendar.addingWorkingDays(0, to: day("2026-11-28")) == day("2026-11-28"))
    }

    @Test("a term in calendar days ending on a day off moves to the previous working day by default, or the next")
    func calendarDaysWithShift() throws {
        // Received 9 December 2026 + 30 days = 8 January 2027, a holiday.
        #expect(try calendar.addingCalendarDays(30, to: day("2026-12-09"), shift: .previousWorkingDay) == day("2026-12-30"))
        #expect(try calendar.addingCalendarDays(30, to: day("2026-12-09"), shift: .nextWorkingDay) == day("2027-01-11"))
        #expect(try calendar.addingCalendarDays(30, to: day("2026-10-27"), shift: .previousWorkingDay) == day("2026-11-26"))
    }

    @Test("a year without a decree is refused, not guessed")
    func yearWithoutData() {
        #expect(throws: CalendarError.noData(year: 2028)) { try calendar.isWorkingDay(day("2028-03-01")) }
        #expect(throws: CalendarError.noData(year: 2028)) { try calendar.addingWorkingDays(5, to: day("2027-12-28")) }
        #expect(throws: CalendarError.negativeCount(-1)) { try calendar.addingCalendarDays(-1, to: day("2026-01-12"), shift: .nextWorkingDay) }
    }

    @Test("a new year is added as text in the same format; mistakes name the line")
    func readsText() throws {
        let text = RussianProductionCalendar.text + "\n        2028 | тестовое постановление\n             01-10 decree, 05-08 short\n"
        let extended = try ProductionCalendarText.parse(text, presidentialDaysOff: false)
        #expect(extended.years == 2020...2028)
        #expect(try !extended.isWorkingDay(day("2028-01-08")))  // a fixed holiday, known by rule
        #expect(try !extended.isWorkingDay(day("2028-01-10")))  // the new decree's day off, a Monday
        #expect(try extended.isWorkingDay(day("2028-01-11")))
        #expect(try extended.workingHours(on: day("2028-05-08")) == 7)
        #expect(throws: CalendarError.invalidText(line: 2, message: "«13-45 decree»: ожидается «ММ-ДД вид», вид — одно из: moved, decree, working, short, ukaz")) {
            try ProductionCalendarText.parse("2028 | x\n13-45 decree", presidentialDaysOff: false)
        }
        #expect(throws: CalendarError.invalidText(line: 1, message: "дни указаны до строки с годом")) {
            try ProductionCalendarText.parse("01-09 decree", presidentialDaysOff: false)
        }
    }

    @Test("local dates: ISO text, weekday, the day of an instant in the region's zone")
    func localDates() {
        #expect(day("2026-11-26").weekday == 4)
        #expect(day("1970-01-01").weekday == 4)
        #expect(LocalDate(iso: "2026-02-29") == nil)
        #expect(LocalDate(iso: "2026-2-01") == nil)
        #expect(day("2028-02-29").adding(days: 1).iso == "2028-03-01")
        // Four digits of year whatever the year, so the text reads back (schemathesis found «664-05-08»).
        #expect(day("0664-05-08").iso == "0664-05-08")
        #expect(LocalDate(iso: day("0664-05-08").adding(days: -30).iso) == day("0664-05-08").adding(days: -30))
        // 23:50 in Moscow on 31 December is still 31 December there, already 1 January in Vladivostok.
        let instant = Timestamp.parse("2026-12-31T20:50:00Z")!
        #expect(LocalDate(instant, in: TimeZone(identifier: "Europe/Moscow")!) == day("2026-12-31"))
        #expect(LocalDate(instant, in: TimeZone(identifier: "Asia/Vladivostok")!) == day("2027-01-01"))
    }
}
