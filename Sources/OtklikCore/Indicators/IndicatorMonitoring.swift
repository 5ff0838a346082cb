/// The monthly monitoring of the indicators for a year (issue 7): each indicator's plan, its fact in
/// every month so far and over the year to date, each against the plan. Built from slices by month, so
/// the figures are those of the slices engine.
public struct IndicatorMonitoring: Sendable, Equatable {
    public struct Month: Sendable, Equatable {
        /// `2026-03`.
        public var month: String
        public var fact: Double?
        public var status: IndicatorStatus
    }

    public struct Row: Sendable, Equatable {
        public var indicator: Indicator
        public var plan: Double?
        public var months: [Month]
        public var yearFact: Double?
        public var yearStatus: IndicatorStatus
    }

    public var year: Int
    /// The period measured: 1 January to the end of the year or today, whichever is first.
    public var from: LocalDate
    public var to: LocalDate
    public var rows: [Row]

    /// The period of `year` measured on `today`; nil for a year not begun.
    public static func period(year: Int, today: LocalDate) -> (from: LocalDate, to: LocalDate)? {
        guard let from = LocalDate(year: year, month: 1, day: 1), let end = LocalDate(year: year, month: 12, day: 31), from <= today else { return nil }
        return (from, min(end, today))
    }

    /// One slice by month for each indicator, in `Indicators.all` order.
    public static func requests(from: LocalDate, to: LocalDate, filter: SliceFilter) -> [SliceRequest] {
        Indicators.all.map { SliceRequest(measure: $0.measure, rows: .month, from: from, to: to, filter: filter) }
    }

    /// The table from the slices `requests` asked for and the year's plans by indicator id.
    public init(year: Int, from: LocalDate, to: LocalDate, slices: [Slice], plans: [String: Double]) {
        self.year = year
        self.from = from
        self.to = to
        let yearText = String(from.iso.prefix(4))
        let months = (1...to.parts.month).map { month -> String in month < 10 ? "\(yearText)-0\(month)" : "\(yearText)-\(month)" }
        rows = zip(Indicators.all, slices).map { indicator, slice in
            let plan = plans[indicator.id]
            let facts = Dictionary(uniqueKeysWithValues: slice.groups.map { ($0.row, $0.value) })
            func status(_ fact: Double?) -> IndicatorStatus { .of(fact: fact, plan: plan, higherIsBetter: indicator.higherIsBetter) }
            return Row(
                indicator: indicator, plan: plan,
                months: months.map { month in
                    let fact = facts[month] ?? nil
                    return Month(month: month, fact: fact, status: status(fact))
                },
                yearFact: slice.total, yearStatus: status(slice.total)
            )
        }
    }
}
