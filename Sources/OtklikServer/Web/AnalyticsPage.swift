import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `GET /analytics`: the slices of issue 6 in the browser, from the same parameters and the same engine
/// as `GET /api/v1/analytics/slice` (`SliceQuery`), over what the user may see.
struct AnalyticsPage {
    let store: AppealStore
    let configuration: ServerConfiguration
    let renderer: PageRenderer

    func register(on pages: RouterGroup<OtklikRequestContext>) {
        pages.get("/analytics") { request, context in try await page(request, context) }
        pages.get("/analytics/export") { request, context in try await export(request, context) }
    }

    /// The page's slice as a file (`format=csv|xlsx`, CSV when not given); a wrong parameter shows the page
    /// with the error.
    func export(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let references = try await store.references()
        let parameters = request.uri.queryParameters
        var reader = QueryReader { parameters.get($0) }
        let format = ExportFormat.read(&reader) ?? .csv
        guard reader.errors.isEmpty,
            let query = try? SliceQuery(reader.value, references: references, today: LocalDate(Timestamp.now(), in: configuration.timeZone))
        else { return try await page(request, context) }
        let slice = try await store.slice(query.request, visibleTo: user.scope, source: query.source)
        return try SliceTable.file(slice, labels: SliceLabels(references: references)).response(format)
    }

    func page(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let references = try await store.references()
        let parameters = request.uri.queryParameters
        let reader = QueryReader { parameters.get($0) }
        let today = LocalDate(Timestamp.now(), in: configuration.timeZone)
        let labels = SliceLabels(references: references)
        var errors: [String] = []
        var slice: Slice?
        var rowTotals: Slice?
        do {
            let query = try SliceQuery(reader.value, references: references, today: today)
            slice = try await store.slice(query.request, visibleTo: user.scope, source: query.source)
            if query.request.columns != nil {
                // Shares and medians do not add up across columns: a row's total is its own slice.
                var byRows = query.request
                byRows.columns = nil
                rowTotals = try await store.slice(byRows, visibleTo: user.scope, source: query.source)
            }
        } catch let failure as ValidationFailure {
            errors = failure.errors.map(\.message)
        }
        let asked = slice?.request
        let form = AnalyticsView.Form(
            measures: SelectOption.list(SliceMeasure.allCases.map { ($0.rawValue, $0.title) }, selected: reader.given("measure") ?? SliceMeasure.count.rawValue),
            rows: SelectOption.list(SliceDimension.allCases.map { ($0.rawValue, $0.title) }, selected: reader.given("rows") ?? SliceDimension.block.rawValue),
            columns: SelectOption.list(SliceDimension.allCases.map { ($0.rawValue, $0.title) }, selected: reader.given("columns")),
            from: reader.given("from") ?? asked?.from.iso ?? "", to: reader.given("to") ?? asked?.to.iso ?? "",
            municipalities: SelectOption.municipalities(references, selected: reader.given("municipality")),
            blocks: SelectOption.blocks(references, selected: reader.given("block")),
            channels: SelectOption.list(Channel.allCases.map { ($0.rawValue, $0.title) }, selected: reader.given("channel")),
            kinds: SelectOption.list(AppealKind.allCases.map { ($0.rawValue, $0.title) }, selected: reader.given("kind"))
        )
        var view = Self.view(
            slice, rowTotals: rowTotals, form: form, errors: errors, labels: labels, chrome: try PageChrome(title: "Аналитика", context: context),
            filters: SliceDimension.attributes.compactMap { dimension in reader.given(dimension.rawValue).map { (dimension, $0) } }
        )
        view.exports = ExportLink.all("/analytics/export", query: request.uri.query ?? "")
        return renderer.html("analytics", view, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    static func view(
        _ slice: Slice?, rowTotals: Slice?, form: AnalyticsView.Form, errors: [String], labels: SliceLabels, chrome: PageChrome,
        filters: [(SliceDimension, String)]
    ) -> AnalyticsView {
        var view = AnalyticsView(
            chrome: chrome, form: form, errors: errors, measureTitle: "", period: "", total: "", previousTotal: "", change: "", lines: [],
            hasLines: false, columnTitles: [], table: [], hasTable: false, isEmpty: false
        )
        guard let slice else { return view }
        let request = slice.request
        let measure = request.measure
        view.measureTitle = measure.title
        view.period = "\(request.from.russian) — \(request.to.russian); сравнение с \(request.previousFrom.russian) — \(request.previousTo.russian)"
        view.total = SliceFormat.value(slice.total, measure)
        view.previousTotal = SliceFormat.value(slice.previousTotal, measure)
        view.change = SliceFormat.change(slice.total, from: slice.previousTotal, measure)
        view.isEmpty = slice.groups.isEmpty
        if let columns = request.columns {
            let columnValues = Array(Set(slice.groups.compactMap(\.column))).sorted()
            view.columnTitles = columnValues.map { labels.title(columns, $0) }
            var byRow: [String: [String: Double?]] = [:]
            var rowOrder: [String] = []
            for group in slice.groups {
                if byRow[group.row] == nil { rowOrder.append(group.row) }
                byRow[group.row, default: [:]][group.column ?? ""] = group.value
            }
            let totals = Dictionary(uniqueKeysWithValues: (rowTotals?.groups ?? []).map { ($0.row, $0.value) })
            view.table = rowOrder.map { row in
                let values = byRow[row] ?? [:]
                return AnalyticsView.TableRow(
                    title: labels.title(request.rows, row), cells: columnValues.map { SliceFormat.value(values[$0] ?? nil, measure) },
                    total: SliceFormat.value(totals[row] ?? nil, measure)
                )
            }
            view.hasTable = !view.table.isEmpty
        } else {
            let largest = slice.groups.compactMap(\.value).max() ?? 0
            view.lines = slice.groups.map { group in
                AnalyticsView.Line(
                    title: labels.title(request.rows, group.row), value: SliceFormat.value(group.value, measure),
                    previous: SliceFormat.value(group.previous, measure), change: SliceFormat.change(group.value, from: group.previous, measure),
                    bar: largest > 0 ? Int(((group.value ?? 0) / largest * 100).rounded()) : 0,
                    link: inboxLink(request, groups: [(request.rows, group.row)], filters: filters)
                )
            }
            view.hasLines = !view.lines.isEmpty
        }
        return view
    }

    /// The inbox filtered to a group's items, where the inbox has a filter for each of its cuts (it has one for
    /// every attribute cut; its `to` is exclusive; it takes one value a filter).
    static func inboxLink(_ request: SliceRequest, groups: [(SliceDimension, String)], filters: [(SliceDimension, String)]) -> String? {
        guard groups.allSatisfy({ SliceDimension.attributes.contains($0.0) && !$0.1.isEmpty }) else { return nil }
        var items = groups.map { ($0.0.rawValue, $0.1) } + [("from", request.from.iso), ("to", request.to.adding(days: 1).iso)]
        items += filters.filter { filter in !groups.contains { $0.0 == filter.0 } && !filter.1.contains(",") }.map { ($0.0.rawValue, $0.1) }
        var components = URLComponents()
        components.queryItems = items.map { URLQueryItem(name: $0.0, value: $0.1) }
        return "/?" + (components.percentEncodedQuery ?? "")
    }
}
