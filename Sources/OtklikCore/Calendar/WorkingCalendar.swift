/// The working calendar of a region: which days are worked and how long, and term arithmetic on it.
/// Knows the fixed holidays of ТК РФ ст. 112 ч. 1 by rule and everything else from its data; asked about a
/// year it has no data for, it throws rather than guess.
public struct WorkingCalendar: Sendable {
    /// ТК РФ ст. 112 ч. 1: 1–8 January, 23 February, 8 March, 1 and 9 May, 12 June, 4 November.
    public static let fixedHolidays: Set<[Int]> = Set((1...8).map { [1, $0] } + [[2, 23], [3, 8], [5, 1], [5, 9], [6, 12], [11, 4]])
    /// A full working day and the one before a holiday (ТК РФ ст. 91, ст. 95 ч. 1), at a 40-hour week.
    public static let fullDayHours = 8
    public static let shortDayHours = 7

    /// The act each covered year rests on.
    public let sources: [Int: String]
    public let special: [LocalDate: Set<SpecialDay>]
    /// Whether the presidential non-working days of 2020–2021 count as days off.
    public let presidentialDaysOff: Bool

    public init(sources: [Int: String], special: [LocalDate: Set<SpecialDay>], presidentialDaysOff: Bool) {
        self.sources = sources
        self.special = special
        self.presidentialDaysOff = presidentialDaysOff
    }

    public var years: ClosedRange<Int>? {
        guard let first = sources.keys.min(), let last = sources.keys.max() else { return nil }
        return first...last
    }

    public func covers(_ date: LocalDate) -> Bool { sources[date.year] != nil }

    public func isFixedHoliday(_ date: LocalDate) -> Bool {
        let (_, month, day) = date.parts
        return Self.fixedHolidays.contains([month, day])
    }

    public func isWorkingDay(_ date: LocalDate) throws(CalendarError) -> Bool {
        guard covers(date) else { throw .noData(year: date.year) }
        let kinds = special[date] ?? []
        if kinds.contains(.working) { return true }
        if isFixedHoliday(date) || kinds.contains(.moved) || kinds.contains(.decree) { return false }
        if presidentialDaysOff && kinds.contains(.ukaz) { return false }
        return !date.isWeekend
    }

    /// Hours worked on the day: 0 on a day off, one less on the eve of a holiday.
    public func workingHours(on date: LocalDate) throws(CalendarError) -> Int {
        guard try isWorkingDay(date) else { return 0 }
        return special[date]?.contains(.short) == true ? Self.shortDayHours : Self.fullDayHours
    }

    /// The `count`-th working day after `date` (the day itself not counted): a term in working days.
    public func addingWorkingDays(_ count: Int, to date: LocalDate) throws(CalendarError) -> LocalDate {
        guard count >= 0 else { throw .negativeCount(count) }
        var day = date
        var left = count
        while left > 0 {
            day = day.adding(days: 1)
            if try isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// `date` plus `count` calendar days; a last day that is not worked moves as `shift` says.
    public func addingCalendarDays(_ count: Int, to date: LocalDate, shift: TermShift) throws(CalendarError) -> LocalDate {
        guard count >= 0 else { throw .negativeCount(count) }
        var day = date.adding(days: count)
        let step = shift == .previousWorkingDay ? -1 : 1
        while try !isWorkingDay(day) { day = day.adding(days: step) }
        return day
    }

    /// Working days in a year: the figure official calendars print, for checking the data.
    public func workingDays(in year: Int) throws(CalendarError) -> Int {
        guard let first = LocalDate(year: year, month: 1, day: 1), let next = LocalDate(year: year + 1, month: 1, day: 1) else { return 0 }
        var count = 0
        for number in first.dayNumber..<next.dayNumber where try isWorkingDay(LocalDate(dayNumber: number)) { count += 1 }
        return count
    }
}
