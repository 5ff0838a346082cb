import OtklikCore
import OtklikStore

/// The indicators as the API returns them: each indicator's formula in words, its plan, its fact by month
/// and for the year to date with the status against the plan, in the measure's unit (shares 0…1); for the
/// region, the municipalities side by side. Nulls are written out.
struct IndicatorResource: Encodable {
    struct Month: Encodable {
        var month: String
        @EncodedNull var fact: Double?
        var status: IndicatorStatus
    }

    struct Item: Encodable {
        var id: String
        var title: String
        var numerator: String
        var denominator: String
        var measure: SliceMeasure
        var unit: String
        var higherIsBetter: Bool
        var confirmed: Bool
        @EncodedNull var plan: Double?
        @EncodedNull var yearFact: Double?
        var yearStatus: IndicatorStatus
        var months: [Month]
    }

    struct Cell: Encodable {
        var indicator: String
        @EncodedNull var fact: Double?
        @EncodedNull var plan: Double?
        var status: IndicatorStatus
    }

    struct Municipality: Encodable {
        var municipalityId: String
        var name: String
        var indicators: [Cell]
    }

    /// An indicator read from the directory as it is today (K11, `OfficialPages`), not from a period.
    struct Snapshot: Encodable {
        var id: String
        var title: String
        var numerator: String
        var denominator: String
        var withPage: Int
        var obliged: Int
        @EncodedNull var value: Double?

        init(bodies: [Body], municipalityId: String?) {
            let coverage = OfficialPages.coverage(of: bodies, municipalityId: municipalityId)
            id = OfficialPages.id
            title = OfficialPages.title
            numerator = OfficialPages.numerator
            denominator = OfficialPages.denominator
            withPage = coverage.withPage
            obliged = coverage.obliged
            value = coverage.share
        }
    }

    var year: Int
    var from: String
    var to: String
    @EncodedNull var municipality: String?
    var note: String
    var indicators: [Item]
    var municipalities: [Municipality]
    var directory: [Snapshot]

    static let note =
        "Методика федеральных показателей (ПП РФ № 1844) не подтверждена: формулы K1–K10 — определения центра (design/rules.md § 3.3), периоды — по дате поступления."

    init(_ report: IndicatorReport, references: ReferenceData) {
        let monitoring = report.monitoring
        year = monitoring.year
        from = monitoring.from.iso
        to = monitoring.to.iso
        municipality = report.municipality
        note = Self.note
        indicators = monitoring.rows.map { row in
            let indicator = row.indicator
            return Item(
                id: indicator.id, title: indicator.title, numerator: indicator.numerator, denominator: indicator.denominator, measure: indicator.measure,
                unit: indicator.unit, higherIsBetter: indicator.higherIsBetter, confirmed: indicator.isConfirmed, plan: row.plan, yearFact: row.yearFact,
                yearStatus: row.yearStatus, months: row.months.map { Month(month: $0.month, fact: $0.fact, status: $0.status) }
            )
        }
        municipalities = (report.comparison?.rows ?? []).map { row in
            Municipality(
                municipalityId: row.municipalityId, name: references.municipalityName(row.municipalityId) ?? row.municipalityId,
                indicators: zip(Indicators.all, row.cells).map { Cell(indicator: $0.id, fact: $1.fact, plan: $1.plan, status: $1.status) }
            )
        }
        directory = [Snapshot(bodies: references.bodies, municipalityId: report.municipality)]
    }
}
