import Testing

@testable import OtklikCore

@Suite("The weekly note's week: Monday to Sunday, named the Russian way")
struct ReportWeekTests {
    @Test("any day finds its Monday; the last full week before a Thursday, a Monday and a Sunday")
    func weeks() {
        #expect(ReportWeek(containing: LocalDate(iso: "2026-11-26")!).monday.iso == "2026-11-23")
        #expect(ReportWeek.lastFull(before: LocalDate(iso: "2026-11-26")!).monday.iso == "2026-11-16")
        #expect(ReportWeek.lastFull(before: LocalDate(iso: "2026-11-23")!).monday.iso == "2026-11-16")
        #expect(ReportWeek.lastFull(before: LocalDate(iso: "2026-11-22")!).monday.iso == "2026-11-09")
    }

    @Test("a week in one month, across two months and across two years")
    func titles() {
        #expect(ReportWeek(containing: LocalDate(iso: "2026-11-18")!).title == "16–22 ноября 2026 г.")
        #expect(ReportWeek(containing: LocalDate(iso: "2026-12-01")!).title == "30 ноября — 6 декабря 2026 г.")
        #expect(ReportWeek(containing: LocalDate(iso: "2025-12-31")!).title == "29 декабря 2025 г. — 4 января 2026 г.")
    }
}
