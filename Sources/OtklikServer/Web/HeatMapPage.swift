import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `GET /heatmap`: municipalities by topic blocks, coloured by the chosen measure (`HeatMap`); each cell
/// opens the inbox at its items. Period and filters are read as for slices (`SliceQuery`).
struct HeatMapPage {
    let store: AppealStore
    let configuration: ServerConfiguration
    let renderer: PageRenderer

    func register(on pages: RouterGroup<OtklikRequestContext>) {
        pages.get("/heatmap") { request, context in try await page(request, context) }
    }

    func page(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let references = try await store.references()
        let parameters = request.uri.queryParameters
        var reader = QueryReader { parameters.get($0) }
        let measure = reader.choice("measure", HeatMapMeasure.self) ?? .perCapita
        var errors = reader.errors.map(\.message)
        var map: HeatMap?
        var sliceRequest: SliceRequest?
        do {
            let query = try SliceQuery(
                { name in
                    switch name {
                    case "measure": measure.sliceMeasure.rawValue
                    case "rows": SliceDimension.municipality.rawValue
                    case "columns": SliceDimension.block.rawValue
                    default: parameters.get(name)
                    }
                }, references: references, today: LocalDate(Timestamp.now(), in: configuration.timeZone)
            )
            let slice = try await slice(query, measure: measure, user: user, references: references)
            sliceRequest = query.request
            map = HeatMap(
                measure: measure, slice: slice, municipalityIds: references.municipalities.map(\.id),
                blockIds: references.rubricator.blocks.map(\.id),
                populations: Dictionary(uniqueKeysWithValues: references.municipalities.compactMap { m in m.population.map { (m.id, $0) } })
            )
        } catch let failure as ValidationFailure {
            errors += failure.errors.map(\.message)
        }
        let form = HeatMapView.Form(
            measures: SelectOption.list(HeatMapMeasure.allCases.map { ($0.rawValue, $0.title) }, selected: measure.rawValue),
            from: reader.given("from") ?? sliceRequest?.from.iso ?? "", to: reader.given("to") ?? sliceRequest?.to.iso ?? "",
            channels: SelectOption.list(Channel.allCases.map { ($0.rawValue, $0.title) }, selected: reader.given("channel")),
            kinds: SelectOption.list(AppealKind.allCases.map { ($0.rawValue, $0.title) }, selected: reader.given("kind"))
        )
        let filters = [SliceDimension.channel, .kind].compactMap { dimension in reader.given(dimension.rawValue).map { (dimension, $0) } }
        var view = HeatMapView(
            chrome: try PageChrome(title: "Тепловая карта", context: context), form: form, errors: errors, measureTitle: measure.title,
            period: "", blockTitles: [], rows: [], hasRows: false,
            legend: (1...HeatMap.levels).map { HeatMapView.LegendItem(level: $0, text: Self.legendText($0)) }
        )
        if let map, let sliceRequest {
            let labels = SliceLabels(references: references)
            view.period = "\(sliceRequest.from.russian) — \(sliceRequest.to.russian)"
            view.blockTitles = map.blockIds.map { labels.title(.block, $0) }
            view.rows = map.rows.map { row in
                let municipality = labels.title(.municipality, row.first?.municipalityId ?? "")
                return HeatMapView.Row(
                    title: municipality,
                    cells: row.map { cell in
                        let text = Self.text(cell.value, measure: measure)
                        return HeatMapView.Cell(
                            text: text, level: cell.level,
                            title: "\(municipality) · \(labels.title(.block, cell.blockId)): \(measure.title.lowercased()) \(text), "
                                + (measure.isFeedback ? "голосов и комментариев" : "обращений") + " \(SliceFormat.grouped(cell.appeals))",
                            link: measure.isFeedback
                                ? (cell.appeals > 0 ? "/engagement" : nil)
                                : cell.appeals > 0
                                ? AnalyticsPage.inboxLink(
                                    sliceRequest, groups: [(.municipality, cell.municipalityId), (.block, cell.blockId)], filters: filters
                                ) : nil
                        )
                    }
                )
            }
            view.hasRows = !view.rows.isEmpty
        }
        return renderer.html("heatmap", view, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// The cells' slice: the appeals the user may see, or the residents' feedback in polls and discussions of the same days.
    private func slice(_ query: SliceQuery, measure: HeatMapMeasure, user: User, references: ReferenceData) async throws -> Slice {
        guard measure.isFeedback else { return try await store.slice(query.request, visibleTo: user.scope, source: query.source) }
        let zone = configuration.timeZone
        let feedback = try await store.residentFeedback(
            from: Timestamp.date(millis: query.request.from.startMillis(in: zone)),
            to: Timestamp.date(millis: query.request.to.adding(days: 1).startMillis(in: zone))
        )
        return ResidentFeedback.slice(feedback, request: query.request, rubricator: references.rubricator)
    }

    static func text(_ value: Double?, measure: HeatMapMeasure) -> String {
        guard let value else { return "—" }
        switch measure {
        case .perCapita, .feedback: return SliceFormat.decimal(value, digits: 1)
        case .growth: return (value > 0 ? "+" : value < 0 ? "−" : "") + SliceFormat.decimal(abs(value) * 100, digits: 0) + " %"
        case .overdueShare, .satisfaction: return SliceFormat.decimal(value * 100, digits: 0) + " %"
        }
    }

    static func legendText(_ level: Int) -> String {
        switch level {
        case 1: "лучше всего"
        case HeatMap.levels: "хуже всего"
        default: ""
        }
    }
}
