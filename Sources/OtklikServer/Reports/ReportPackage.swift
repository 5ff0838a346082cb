import Foundation
import OtklikCore
import OtklikStore

/// A municipality's (or the region's) quarterly or annual report packaged for the regional centre (M21;
/// seeds 000 §2.2, 004 §4.4): the indicators against the plan for the year to the period's end, the rating
/// of bodies, items by block and month, terms and quality by block — each an XLSX — and `manifest.json`
/// naming every file with its SHA-256, so the centre can check that nothing was changed on the way.
struct ReportPackage {
    static let format = "otklik-report-package/1"

    var period: ReportPeriod
    var municipality: String?
    /// The last day counted: the period's end, or today while it runs.
    var through: LocalDate
    var files: [(name: String, data: Data)]

    /// Computes every table over what `scope` may see.
    init(
        period: ReportPeriod, municipality: String?, store: AppealStore, scope: Scope, references: ReferenceData, weights: RatingWeights,
        today: LocalDate
    ) async throws {
        self.period = period
        self.municipality = municipality
        through = min(period.last, today)
        let tables = try await Self.tables(
            period: period, through: through, municipality: municipality, store: store, scope: scope, references: references, weights: weights
        )
        files = try tables.map { ("\($0.0).xlsx", try $0.1.data(.xlsx)) }
    }

    static func tables(
        period: ReportPeriod, through: LocalDate, municipality: String?, store: AppealStore, scope: Scope, references: ReferenceData,
        weights: RatingWeights
    ) async throws -> [(String, ReportFile)] {
        var filter = SliceFilter()
        if let municipality { filter.restrict(.municipality, to: [municipality]) }
        let yearStart = LocalDate(year: period.year, month: 1, day: 1)!
        let indicators = IndicatorMonitoring.requests(from: yearStart, to: through, filter: filter)
        let ratings = BodyRatings.requests(from: period.first, to: through, filter: filter)
        let byMonth = SliceRequest(measure: .count, rows: .block, columns: .month, from: period.first, to: through, filter: filter)
        let terms = blockMeasures.map { SliceRequest(measure: $0, rows: .block, from: period.first, to: through, filter: filter) }
        let slices = try await store.slices(indicators + ratings + [byMonth] + terms, visibleTo: scope)
        let plans = try await store.indicatorPlans(year: period.year)[municipality ?? ""] ?? [:]
        let monitoring = IndicatorMonitoring(year: period.year, from: yearStart, to: through, slices: Array(slices.prefix(indicators.count)), plans: plans)
        let rated = BodyRatings.rate(Array(slices[indicators.count..<(indicators.count + ratings.count)]), weights: weights)
        let labels = SliceLabels(references: references)
        return [
            ("01 Показатели с начала года", IndicatorReport(municipality: municipality, monitoring: monitoring, comparison: nil).file(references)),
            ("02 Рейтинг органов", RatingTable.file(rated, request: ratings[0], references: references)),
            ("03 Обращения по блокам и месяцам", SliceTable.file(slices[indicators.count + ratings.count], labels: labels)),
            ("04 Сроки и качество по блокам", blockTable(Array(slices.suffix(terms.count)), labels: labels)),
        ]
    }

    /// The measures of the terms-and-quality table, by block.
    static let blockMeasures: [SliceMeasure] = [.count, .onTimeShare, .overdueShare, .medianAnswerDays, .satisfactionShare, .qualityScore]

    static func blockTable(_ slices: [Slice], labels: SliceLabels) -> ReportFile {
        let values = slices.map { slice in Dictionary(uniqueKeysWithValues: slice.groups.map { ($0.row, $0.value) }) }
        let blocks = slices.first?.groups.map(\.row) ?? []
        return ReportFile(
            name: "Сроки и качество по блокам",
            columns: [ReportColumn("Отраслевой блок", .text)]
                + blockMeasures.map { ReportColumn($0.title, $0.isShare ? .share : $0 == .count ? .integer : .decimal) },
            rows: blocks.map { block in [.text(labels.title(.block, block))] + values.map { ReportValue($0[block] ?? nil) } }
        )
    }

    /// «Отчёт — III квартал 2026 г. — город Таганрог».
    func name(_ references: ReferenceData) -> String {
        "Отчёт — \(period.title) — \(references.municipalityName(municipality) ?? "регион")"
    }

    /// The package as a ZIP archive: the tables and the manifest.
    func archive(_ references: ReferenceData, generatedAt: Date) throws -> Data {
        let manifest = Manifest(
            format: Self.format, title: name(references), period: period.code, periodTitle: period.title, from: period.first.iso, through: through.iso,
            municipalityId: municipality, municipalityName: references.municipalityName(municipality) ?? "регион",
            generatedAt: Timestamp.iso(generatedAt),
            files: files.map { Manifest.File(name: $0.name, bytes: $0.data.count, sha256: SHA256Hex.of([UInt8]($0.data))) }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try ZIPPackage.data(files.map { ($0.name, $0.data) } + [("manifest.json", try encoder.encode(manifest))])
    }

    /// What the package holds, for the centre that receives it.
    struct Manifest: Codable {
        struct File: Codable {
            var name: String
            var bytes: Int
            var sha256: String
        }

        var format: String
        var title: String
        var period: String
        var periodTitle: String
        var from: String
        var through: String
        var municipalityId: String?
        var municipalityName: String
        var generatedAt: String
        var files: [File]
    }
}
