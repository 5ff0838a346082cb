import Testing

@testable import OtklikCore

@Suite("Report periods: a quarter or a year, read from its code, its days and its Russian name")
struct ReportPeriodTests {
    @Test("«2026-Q3» is July to September, «2026» the whole year; anything else is refused")
    func codes() throws {
        let quarter = try #require(ReportPeriod("2026-Q3"))
        #expect(quarter.first == LocalDate(iso: "2026-07-01"))
        #expect(quarter.last == LocalDate(iso: "2026-09-30"))
        #expect(quarter.title == "III квартал 2026 г.")
        #expect(ReportPeriod("2026-Q4")?.last == LocalDate(iso: "2026-12-31"))
        let year = try #require(ReportPeriod("2026"))
        #expect((year.first, year.last) == (LocalDate(iso: "2026-01-01"), LocalDate(iso: "2026-12-31")))
        #expect(year.title == "2026 год")
        for wrong in ["2026-Q5", "2026-Q0", "26", "2026-Q", "2026-q3", "2026-03", "", "-Q1"] {
            #expect(ReportPeriod(wrong) == nil, "\(wrong)")
        }
    }

    @Test("the last ended quarter before late November is the third; in January it is the previous year's fourth")
    func lastEnded() {
        #expect(ReportPeriod.lastEnded(quarterly: true, before: LocalDate(iso: "2026-11-27")!).code == "2026-Q3")
        #expect(ReportPeriod.lastEnded(quarterly: true, before: LocalDate(iso: "2026-01-15")!).code == "2025-Q4")
        #expect(ReportPeriod.lastEnded(quarterly: false, before: LocalDate(iso: "2026-11-27")!).code == "2025")
    }
}
