import Foundation
import OtklikTestSupport
import Testing

@testable import OtklikCore

@Suite("What each day of the calendar is, as the administrator's page names it")
struct CalendarDayKindTests {
    /// The kind the shared calendar's rows for a day call for; the shortened eve wins over the worked weekend it may fall on.
    static func expected(_ day: LocalDate, kinds: Set<String>, presidentialDaysOff: Bool) -> CalendarDayKind {
        if kinds.contains("shortened_preholiday") { return .short }
        if kinds.contains("working_weekend_decree") { return .workingWeekend }
        if kinds.contains("holiday_tk112") { return .holiday }
        if kinds.contains("day_off_auto_tk112_p2") { return .moved }
        if kinds.contains("day_off_decree") { return .decree }
        if presidentialDaysOff, kinds.contains("nonworking_ukaz"), !day.isWeekend { return .ukaz }
        return day.isWeekend ? .weekend : .working
    }

    @Test("every day of 2020–2027 has the kind the shared calendar gives it, presidential days counted either way")
    func agreesWithSharedCalendar() throws {
        let shared = try WorkingCalendarTests.sharedCalendar()
        for presidentialDaysOff in [false, true] {
            let calendar = RussianProductionCalendar.calendar(presidentialDaysOff: presidentialDaysOff)
            var day = LocalDate(iso: "2020-01-01")!
            while day.year <= 2027 {
                let kind = try CalendarDayKind.of(day, in: calendar)
                #expect(kind == Self.expected(day, kinds: shared[day.iso] ?? [], presidentialDaysOff: presidentialDaysOff), "\(day)")
                #expect(kind.isWorking == (try calendar.isWorkingDay(day)), "\(day)")
                day = day.adding(days: 1)
            }
        }
    }

    @Test("examples of 2026: New Year, the decree's 9 January, a worked day, a weekend")
    func examples() throws {
        let calendar = RussianProductionCalendar.calendar()
        func kind(_ iso: String) throws -> CalendarDayKind { try CalendarDayKind.of(LocalDate(iso: iso)!, in: calendar) }
        #expect(try kind("2026-01-01") == .holiday)
        #expect(try kind("2026-01-09") == .decree)
        #expect(try kind("2026-01-12") == .working)
        #expect(try kind("2026-01-17") == .weekend)
        #expect(throws: CalendarError.self) { try kind("2031-01-12") }
    }
}
