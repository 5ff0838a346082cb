import OtklikCore
import OtklikStore

/// The indicators' parameters, for the API and the page alike: `year` (this year by default),
/// `municipality` (the region when not given), `table` (`months`, the monitoring, or `municipalities`, the
/// comparison, for a file) and `format`.
struct IndicatorsQuery {
    enum Table: String, CaseIterable {
        case months, municipalities
    }

    static let years = 2000...2100

    var year: Int
    var from: LocalDate
    var to: LocalDate
    var municipality: String?
    var filter = SliceFilter()
    var table: Table
    var format: ExportFormat?

    init(_ value: @escaping (String) -> String?, references: ReferenceData, today: LocalDate) throws(ValidationFailure) {
        var reader = QueryReader(value)
        year = Self.year(&reader) ?? today.year
        let period = IndicatorMonitoring.period(year: year, today: today)
        if period == nil, reader.errors.isEmpty { reader.errors.append(FieldError(field: "year", message: "\(year) год ещё не начался")) }
        (from, to) = period ?? (today, today)
        municipality = reader.municipality(known: references.municipalityIds)
        if let municipality { filter.restrict(.municipality, to: [municipality]) }
        table = reader.choice("table", Table.self) ?? .months
        format = ExportFormat.read(&reader)
        guard reader.errors.isEmpty else { throw ValidationFailure(reader.errors) }
    }

    /// The `year` parameter; nil when missing, or wrong (an error).
    static func year(_ reader: inout QueryReader) -> Int? {
        guard let raw = reader.text("year") else { return nil }
        if let given = Int(raw), years.contains(given) { return given }
        reader.errors.append(yearError)
        return nil
    }

    static let yearError = FieldError(field: "year", message: "Год — число от \(years.lowerBound) до \(years.upperBound)")

    /// The monitoring of the chosen territory and, for the region, every municipality beside it, over what
    /// `scope` may see; one pass of the slices engine for both.
    func report(_ store: AppealStore, scope: Scope, references: ReferenceData) async throws -> IndicatorReport {
        let plans = try await store.indicatorPlans(year: year)
        let monitoring = IndicatorMonitoring.requests(from: from, to: to, filter: filter)
        let comparison = municipality == nil ? IndicatorComparison.requests(from: from, to: to, filter: filter) : []
        let slices = try await store.slices(monitoring + comparison, visibleTo: scope)
        return IndicatorReport(
            municipality: municipality,
            monitoring: IndicatorMonitoring(
                year: year, from: from, to: to, slices: Array(slices.prefix(monitoring.count)), plans: plans[municipality ?? ""] ?? [:]
            ),
            comparison: comparison.isEmpty
                ? nil
                : IndicatorComparison(
                    municipalityIds: references.municipalities.map(\.id), slices: Array(slices.dropFirst(monitoring.count)), plans: plans
                )
        )
    }
}
