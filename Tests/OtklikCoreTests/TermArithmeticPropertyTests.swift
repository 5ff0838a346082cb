import OtklikCore
import PropertyBased
import Testing

@Suite("Term arithmetic: invariants over random dates and counts, 2020–2027")
struct TermArithmeticPropertyTests {
    let calendar = RussianProductionCalendar.calendar()
    /// Start days from 2020-01-01 to 2027-09-30: sixty working days later is still inside the data.
    static let starts = LocalDate(iso: "2020-01-01")!.dayNumber...LocalDate(iso: "2027-09-30")!.dayNumber

    func workingDays(after start: LocalDate, through end: LocalDate) throws -> Int {
        var count = 0
        var day = start.adding(days: 1)
        while day <= end {
            if try calendar.isWorkingDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }

    @Test("N working days later is a working day, counting back gives N, and more days never end earlier")
    func workingDayTerms() async {
        await propertyCheck(input: Gen.int(in: Int(Self.starts.lowerBound)...Int(Self.starts.upperBound)), Gen.int(in: 1...60)) { number, count in
            let start = LocalDate(dayNumber: Int64(number))
            let due = try calendar.addingWorkingDays(count, to: start)
            #expect(try calendar.isWorkingDay(due))
            #expect(try workingDays(after: start, through: due) == count)
            #expect(try calendar.addingWorkingDays(count - 1, to: start) < due)
        }
    }

    @Test("a calendar-day term ends on the nearest working day before (or after) the plain end, never past it")
    func calendarDayTerms() async {
        await propertyCheck(input: Gen.int(in: Int(Self.starts.lowerBound)...Int(Self.starts.upperBound)), Gen.int(in: 0...60)) { number, count in
            let start = LocalDate(dayNumber: Int64(number))
            let plainEnd = start.adding(days: count)
            let early = try calendar.addingCalendarDays(count, to: start, shift: .previousWorkingDay)
            let late = try calendar.addingCalendarDays(count, to: start, shift: .nextWorkingDay)
            #expect(try calendar.isWorkingDay(early) && calendar.isWorkingDay(late))
            #expect(early <= plainEnd && plainEnd <= late)
            #expect(try early == plainEnd || workingDays(after: early, through: plainEnd) == 0)
            #expect(try late == plainEnd || workingDays(after: plainEnd, through: late) == 1)
        }
    }
}
