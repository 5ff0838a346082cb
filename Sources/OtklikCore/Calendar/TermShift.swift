/// Where a term counted in calendar days goes when its last day is not a working day. 59-ФЗ is silent;
/// regional and departmental regulations differ (rules.md § 1.1, «What counts as a day»), so it is a
/// setting, by default the previous working day: never late.
public enum TermShift: String, Sendable, CaseIterable {
    case previousWorkingDay = "previous"
    case nextWorkingDay = "next"
}
