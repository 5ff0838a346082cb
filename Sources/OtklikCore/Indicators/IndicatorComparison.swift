/// The indicators of every municipality side by side for a period (issue 7: «the region sees each
/// municipality»), each fact against the municipality's plan, or the region's where it has none.
public struct IndicatorComparison: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        public var fact: Double?
        public var plan: Double?
        public var status: IndicatorStatus
    }

    public struct Row: Sendable, Equatable {
        public var municipalityId: String
        /// In `Indicators.all` order.
        public var cells: [Cell]
    }

    public var rows: [Row]

    /// One slice by municipality for each indicator, in `Indicators.all` order.
    public static func requests(from: LocalDate, to: LocalDate, filter: SliceFilter) -> [SliceRequest] {
        Indicators.all.map { SliceRequest(measure: $0.measure, rows: .municipality, from: from, to: to, filter: filter) }
    }

    /// The rows for `municipalityIds` in their order; `plans` by municipality ("" for the region) and indicator id.
    public init(municipalityIds: [String], slices: [Slice], plans: [String: [String: Double]]) {
        let facts = slices.map { slice in Dictionary(uniqueKeysWithValues: slice.groups.map { ($0.row, $0.value) }) }
        rows = municipalityIds.map { municipality in
            Row(
                municipalityId: municipality,
                cells: zip(Indicators.all, facts).map { indicator, byMunicipality in
                    let fact = byMunicipality[municipality] ?? nil
                    let plan = plans[municipality]?[indicator.id] ?? plans[""]?[indicator.id]
                    return Cell(fact: fact, plan: plan, status: .of(fact: fact, plan: plan, higherIsBetter: indicator.higherIsBetter))
                }
            )
        }
    }
}
