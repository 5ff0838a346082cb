/// How a day of the production calendar differs from «Monday–Friday work» (see `RussianProductionCalendar`).
public enum SpecialDay: String, Sendable, CaseIterable {
    /// A weekend holiday's day off moved to the next working day: ТК РФ ст. 112 ч. 2.
    case moved
    /// A day off moved by the Government's yearly decree: ТК РФ ст. 112 ч. 5.
    case decree
    /// A Saturday or Sunday made a working day by the decree.
    case working
    /// A working day one hour shorter, the eve of a holiday: ТК РФ ст. 95 ч. 1.
    case short
    /// A presidential non-working day with pay (2020–2021): not a ТК holiday; counted as a day off
    /// only where the deployment says so.
    case ukaz
}
