/// What a day of the production calendar is, as the administrator's calendar page names it: each day off by
/// the norm that makes it one (ТК РФ ст. 111, ст. 112, the yearly decree, ст. 95 for the shortened eve).
public enum CalendarDayKind: String, Sendable, CaseIterable {
    case working
    /// The eve of a holiday, one hour shorter (ТК РФ ст. 95 ч. 1).
    case short
    /// A Saturday or Sunday worked by the decree.
    case workingWeekend
    /// Saturday or Sunday (ТК РФ ст. 111).
    case weekend
    /// A non-working holiday (ТК РФ ст. 112 ч. 1).
    case holiday
    /// The day off of a holiday that fell on a weekend (ТК РФ ст. 112 ч. 2).
    case moved
    /// A day off moved by the Government's decree (ТК РФ ст. 112 ч. 5).
    case decree
    /// A presidential non-working day with pay (2020–2021), where the deployment counts it as a day off.
    case ukaz

    public var title: String {
        switch self {
        case .working: "Рабочий день"
        case .short: "Сокращённый предпраздничный день (на час короче)"
        case .workingWeekend: "Рабочий выходной день по постановлению Правительства"
        case .weekend: "Выходной"
        case .holiday: "Нерабочий праздничный день (ТК РФ ст. 112)"
        case .moved: "Выходной, перенесённый с праздника в выходной (ст. 112 ч. 2)"
        case .decree: "Выходной, перенесённый постановлением Правительства"
        case .ukaz: "Нерабочий день по указу Президента"
        }
    }

    public var isWorking: Bool { [.working, .short, .workingWeekend].contains(self) }

    /// The day's kind, in the order `WorkingCalendar.isWorkingDay` decides it, so the page never disagrees with a term.
    public static func of(_ date: LocalDate, in calendar: WorkingCalendar) throws(CalendarError) -> CalendarDayKind {
        guard try calendar.isWorkingDay(date) else {
            let kinds = calendar.special[date] ?? []
            if calendar.isFixedHoliday(date) { return .holiday }
            if kinds.contains(.moved) { return .moved }
            if kinds.contains(.decree) { return .decree }
            if kinds.contains(.ukaz) && !date.isWeekend { return .ukaz }
            return .weekend
        }
        if try calendar.workingHours(on: date) < WorkingCalendar.fullDayHours { return .short }
        return date.isWeekend ? .workingWeekend : .working
    }
}
