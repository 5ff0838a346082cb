extension WorkingCalendar {
    /// This calendar with the years of `other` put in place of its own (an administrator's import of a
    /// new year's decree, or a corrected one).
    public func replacingYears(with other: WorkingCalendar) -> WorkingCalendar {
        let replaced = Set(other.sources.keys)
        let kept = special.filter { !replaced.contains($0.key.year) }
        return WorkingCalendar(
            sources: sources.merging(other.sources) { _, new in new }, special: kept.merging(other.special) { _, new in new },
            presidentialDaysOff: presidentialDaysOff
        )
    }
}
