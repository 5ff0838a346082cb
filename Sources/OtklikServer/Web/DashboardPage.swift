import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `GET /dashboard`: the region's or a municipality's picture for a period (issue 6; M8, M9, M14, M22),
/// read from the slices engine over what the user may see; period and filters as for slices (`SliceQuery`).
struct DashboardPage {
    let store: AppealStore
    let configuration: ServerConfiguration
    let renderer: PageRenderer

    func register(on pages: RouterGroup<OtklikRequestContext>) {
        pages.get("/dashboard") { request, context in try await page(request, context) }
    }

    func page(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let references = try await store.references()
        let parameters = request.uri.queryParameters
        let reader = QueryReader { parameters.get($0) }
        var errors: [String] = []
        var view = DashboardView(
            chrome: try PageChrome(title: "Панель руководителя", context: context),
            form: DashboardView.Form(
                from: reader.given("from") ?? "", to: reader.given("to") ?? "",
                municipalities: SelectOption.municipalities(references, selected: reader.given("municipality")),
                blocks: SelectOption.blocks(references, selected: reader.given("block"))
            ),
            errors: [], hasFigures: false, period: "", headlines: [], dynamics: "", byBlock: "", byChannel: "", byStatus: "", growing: [], hasGrowing: false,
            overdueBodies: "", hasOverdue: false, workload: "",
            workloadLegend: StatusClass.allCases.map { DashboardView.LegendItem(tone: $0.rawValue, title: $0.title) }, spikeWeek: "", spikes: [], hasSpikes: false,
            wallLink: "/wall"
        )
        do {
            let query = try Self.query(parameters, references: references, today: LocalDate(Timestamp.now(), in: configuration.timeZone))
            let dashboard = try await DashboardPage.dashboard(store, query: query, scope: user.scope)
            let filters = Self.filters(reader)
            let charts = DashboardCharts(dashboard: dashboard, labels: SliceLabels(references: references), filters: filters)
            let period = dashboard.request
            view.form.from = view.form.from.isEmpty ? period.from.iso : view.form.from
            view.form.to = view.form.to.isEmpty ? period.to.iso : view.form.to
            view.hasFigures = true
            view.period = "\(period.from.russian) — \(period.to.russian); сравнение с \(period.previousFrom.russian) — \(period.previousTo.russian)"
            view.headlines = charts.headlines
            view.dynamics = charts.dynamics()
            view.byBlock = charts.structure(dashboard.byBlock)
            view.byChannel = charts.structure(dashboard.byChannel)
            view.byStatus = charts.structure(dashboard.byStatus)
            view.growing = charts.growing()
            view.hasGrowing = !view.growing.isEmpty
            view.overdueBodies = charts.overdueBodies()
            view.hasOverdue = !dashboard.mostOverdue(limit: 1).isEmpty
            view.workload = charts.workload()
            view.spikeWeek = "\(dashboard.spikeWeek.from.russian) — \(dashboard.spikeWeek.to.russian)"
            view.spikes = charts.spikes
            view.hasSpikes = !view.spikes.isEmpty
            view.wallLink = Self.wallLink(filters)
        } catch let failure as ValidationFailure {
            errors = failure.errors.map(\.message)
        }
        view.errors = errors
        return renderer.html("dashboard", view, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// The dashboard's and the wall's parameters: the period and two filters, read as for slices.
    static func query(_ parameters: Parameters, references: ReferenceData, today: LocalDate) throws(ValidationFailure) -> SliceQuery {
        try SliceQuery.limited(to: ["from", "to", "municipality", "block"], { parameters.get($0) }, references: references, today: today)
    }

    /// The dashboard's slices, asked at once, over what `scope` may see.
    static func dashboard(_ store: AppealStore, query: SliceQuery, scope: Scope) async throws -> Dashboard {
        let request = query.request
        return Dashboard(slices: try await store.slices(Dashboard.requests(from: request.from, to: request.to, filter: request.filter), visibleTo: scope))
    }

    static func filters(_ reader: QueryReader) -> [(SliceDimension, String)] {
        [SliceDimension.municipality, .block].compactMap { dimension in reader.given(dimension.rawValue).map { (dimension, $0) } }
    }

    static func wallLink(_ filters: [(SliceDimension, String)]) -> String {
        var components = URLComponents()
        components.queryItems = filters.map { URLQueryItem(name: $0.0.rawValue, value: $0.1) }
        return "/wall" + (filters.isEmpty ? "" : "?" + (components.percentEncodedQuery ?? ""))
    }
}
