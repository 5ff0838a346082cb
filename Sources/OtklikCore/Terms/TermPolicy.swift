import Foundation

/// Computes an item's terms from its rule on the region's working calendar, in the region's time zone.
public struct TermPolicy: Sendable {
    public var rules: TermRules
    public var calendar: WorkingCalendar
    public var timeZone: TimeZone
    public var shift: TermShift
    public var officeHours: OfficeHours

    public init(
        rules: TermRules = .default, calendar: WorkingCalendar = RussianProductionCalendar.calendar(), timeZone: TimeZone,
        shift: TermShift = .previousWorkingDay, officeHours: OfficeHours = OfficeHours()
    ) {
        self.rules = rules
        self.calendar = calendar
        self.timeZone = timeZone
        self.shift = shift
        self.officeHours = officeHours
    }

    /// Sets the terms an item has by now: registration from receipt, redirect and answer from
    /// registration (the answer from receipt where the rule says so). A term that reaches a year without
    /// calendar data is left empty and the reason put in `termNote`: flagged, never guessed.
    public func schedule(_ appeal: inout Appeal) {
        settleReaction(&appeal)
        guard let rule = rules.rule(for: appeal) else { return }
        do throws(CalendarError) {
            var registrationDue: Date?
            var redirectDue: Date?
            var answerDue: Date?
            if let span = rule.registration { registrationDue = try due(span, from: appeal.receivedAt) }
            if let span = rule.redirect, let registered = appeal.registeredAt { redirectDue = try due(span, from: registered) }
            if let start = rule.answerClock == .receipt ? appeal.receivedAt : appeal.registeredAt {
                answerDue = try due(rule.answer, from: start)
            }
            appeal.registrationDueAt = registrationDue
            appeal.redirectDueAt = redirectDue
            appeal.answerDueAt = answerDue
            appeal.termNote = nil
        } catch {
            appeal.termNote = error.description
        }
    }

    /// Counts the office minutes to the body's first reaction once it happened: K5 measures it in working
    /// hours from registration, from receipt when never registered (rules.md §3.3). Counted once, on the
    /// calendar of that moment, so a later calendar load changes no counted fact; a year without calendar
    /// data leaves it uncounted (flagged by `termNote`) until the item's next change.
    public func settleReaction(_ appeal: inout Appeal) {
        guard appeal.reactionWorkingMinutes == nil, let reactedAt = appeal.reactedAt else { return }
        appeal.reactionWorkingMinutes = try? workingMinutes(from: appeal.registeredAt ?? appeal.receivedAt, to: reactedAt)
    }

    /// Whether postponing moves the item's answer term: only where its rule allows an extension (59-ФЗ ст. 12 ч. 2).
    public func allowsExtension(for appeal: Appeal) -> Bool { rules.rule(for: appeal)?.maxExtension != nil }

    /// The latest an answer term may be extended to (59-ФЗ ст. 12 ч. 2), or nil where the rule allows no
    /// extension or the term is not set yet.
    public func extensionLimit(for appeal: Appeal) throws(CalendarError) -> Date? {
        guard let span = rules.rule(for: appeal)?.maxExtension, let answerDue = appeal.answerDueAt else { return nil }
        return try due(span, from: answerDue)
    }

    /// The end of a term of `span` started at `start`: the end of the last day for day terms, the exact
    /// instant for working hours.
    public func due(_ span: TermSpan, from start: Date) throws(CalendarError) -> Date {
        let day = LocalDate(start, in: timeZone)
        switch span.unit {
        case .calendarDays: return endOfDay(try calendar.addingCalendarDays(span.amount, to: day, shift: shift))
        case .workingDays: return endOfDay(try calendar.addingWorkingDays(span.amount, to: day))
        case .workingHours: return try addingWorkingHours(span.amount, to: start)
        }
    }

    /// `hours` of office time after `start`, skipping nights and days off.
    func addingWorkingHours(_ hours: Int, to start: Date) throws(CalendarError) -> Date {
        var remaining = Int64(hours) * 3_600_000
        var day = LocalDate(start, in: timeZone)
        var cursor = Timestamp.millis(start)
        while true {
            let office = try officeTime(on: day)
            let from = max(cursor, office.lowerBound)
            let available = office.upperBound - from
            if available > 0 {
                if remaining <= available { return Timestamp.date(millis: from + remaining) }
                remaining -= available
            }
            day = day.adding(days: 1)
            cursor = startOfDay(day)
        }
    }

    /// The whole minutes of office time from `start` to `end` (zero when `end` is not later): the time a
    /// term in working hours would count between them. K5 measures the first reaction so (rules.md §3.3).
    public func workingMinutes(from start: Date, to end: Date) throws(CalendarError) -> Int64 {
        let (from, to) = (Timestamp.millis(start), Timestamp.millis(end))
        guard to > from else { return 0 }
        var total: Int64 = 0
        var day = LocalDate(start, in: timeZone)
        let last = LocalDate(end, in: timeZone)
        while day <= last {
            let office = try officeTime(on: day)
            total += max(0, min(to, office.upperBound) - max(from, office.lowerBound))
            day = day.adding(days: 1)
        }
        return total / 60_000
    }

    /// A day's office time as UTC milliseconds: from the office's opening for the day's working hours
    /// (empty on a day off).
    func officeTime(on day: LocalDate) throws(CalendarError) -> Range<Int64> {
        let open = startOfDay(day) + Int64(officeHours.startHour) * 3_600_000
        return open..<(open + Int64(try calendar.workingHours(on: day)) * 3_600_000)
    }

    /// The first millisecond of a local day, as UTC milliseconds.
    func startOfDay(_ day: LocalDate) -> Int64 { day.startMillis(in: timeZone) }

    /// The last millisecond of a local day: a term «by that day» ends then.
    public func endOfDay(_ day: LocalDate) -> Date { Timestamp.date(millis: startOfDay(day.adding(days: 1)) - 1) }
}
