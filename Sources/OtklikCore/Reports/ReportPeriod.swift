/// The period of an upward report (M21; seeds 000 §2.2, 004 §4.4: «ежеквартальные и годовые отчёты»):
/// a quarter (`2026-Q3`) or a year (`2026`).
public struct ReportPeriod: Sendable, Equatable {
    public let year: Int
    /// 1…4 for a quarter; nil for the whole year.
    public let quarter: Int?

    public init?(year: Int, quarter: Int? = nil) {
        guard (1900...2999).contains(year), quarter.map({ (1...4).contains($0) }) ?? true else { return nil }
        self.year = year
        self.quarter = quarter
    }

    /// Reads `2026-Q3` or `2026`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let year = Int(parts[0]), parts[0].count == 4 else { return nil }
        if parts.count == 1 {
            self.init(year: year)
        } else if parts.count == 2, parts[1].count == 2, parts[1].first == "Q", let quarter = Int(parts[1].dropFirst()) {
            self.init(year: year, quarter: quarter)
        } else {
            return nil
        }
    }

    public var first: LocalDate { LocalDate(year: year, month: quarter.map { ($0 - 1) * 3 + 1 } ?? 1, day: 1)! }

    public var last: LocalDate {
        let next = quarter.flatMap { $0 < 4 ? LocalDate(year: year, month: $0 * 3 + 1, day: 1) : nil } ?? LocalDate(year: year + 1, month: 1, day: 1)!
        return next.adding(days: -1)
    }

    /// `2026-Q3` or `2026`.
    public var code: String { quarter.map { "\(year)-Q\($0)" } ?? String(year) }

    /// «III квартал 2026 г.» or «2026 год».
    public var title: String {
        guard let quarter else { return "\(year) год" }
        return "\(["I", "II", "III", "IV"][quarter - 1]) квартал \(year) г."
    }

    /// The last period that has ended by `today`, of the same kind: the quarter before, or the year before.
    public static func lastEnded(quarterly: Bool, before today: LocalDate) -> ReportPeriod {
        let (year, month, _) = today.parts
        guard quarterly else { return ReportPeriod(year: year - 1)! }
        let current = (month - 1) / 3 + 1
        return current == 1 ? ReportPeriod(year: year - 1, quarter: 4)! : ReportPeriod(year: year, quarter: current - 1)!
    }
}
