import OtklikCore
import OtklikStore

/// What the indicators' page, API and files show: the monitoring of the chosen territory and, for the
/// region, the municipalities side by side.
struct IndicatorReport {
    var municipality: String?
    var monitoring: IndicatorMonitoring
    var comparison: IndicatorComparison?

    /// «регион» or the municipality's name.
    func subject(_ references: ReferenceData) -> String {
        references.municipalityName(municipality) ?? "регион"
    }

    /// One of the tables as a file: the same figures as the page, shares in per cent.
    func file(_ references: ReferenceData, table: IndicatorsQuery.Table = .months) -> ReportFile {
        let name = "Показатели — \(subject(references)) — \(monitoring.year)"
        func kind(_ indicator: Indicator) -> ReportColumn.Kind { indicator.measure.isShare ? .share : .decimal }
        if table == .municipalities, let comparison {
            let columns = [ReportColumn("Муниципальное образование", .text)] + Indicators.all.flatMap { indicator in
                [ReportColumn("\(indicator.id) \(indicator.title)", kind(indicator)), ReportColumn("\(indicator.id) план", kind(indicator))]
            }
            let rows = comparison.rows.map { row in
                [ReportValue.text(references.municipalityName(row.municipalityId) ?? row.municipalityId)]
                    + row.cells.flatMap { [ReportValue($0.fact), ReportValue($0.plan)] }
            }
            return ReportFile(name: name + " — по муниципалитетам", columns: columns, rows: rows)
        }
        let months = monitoring.rows.first?.months.map(\.month) ?? []
        let columns =
            [ReportColumn("Код", .text), ReportColumn("Показатель", .text), ReportColumn("План", .decimal)]
            + months.map { ReportColumn(IndicatorReport.monthTitle($0), .decimal) } + [ReportColumn("С начала года", .decimal), ReportColumn("Исполнение", .text)]
        // One column holds shares and times alike, so each value is written as a person reads it (per cent or hours).
        let rows = monitoring.rows.map { row -> [ReportValue] in
            func value(_ figure: Double?) -> ReportValue { ReportValue(figure.map { row.indicator.entered($0) }) }
            return [.text(row.indicator.id), .text("\(row.indicator.title), \(row.indicator.unit)"), value(row.plan)]
                + row.months.map { value($0.fact) } + [value(row.yearFact), .text(row.yearStatus.title)]
        }
        return ReportFile(name: name, columns: columns, rows: rows)
    }

    static let monthNames = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]

    /// «2026-03» → «март».
    static func monthTitle(_ month: String) -> String {
        Int(month.suffix(2)).flatMap { (1...12).contains($0) ? monthNames[$0 - 1] : nil } ?? month
    }
}
