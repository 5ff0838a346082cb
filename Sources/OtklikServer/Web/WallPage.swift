import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `GET /wall`: the dashboard for the situation room's video wall (M23), full screen, with no controls,
/// read from 5 metres, reloading itself (`refresh`, seconds, 60 by default) so it needs no one at the keyboard.
/// Period and filters as on the dashboard; the last 30 days by default.
struct WallPage {
    static let refreshRange = 15...3600
    static let defaultRefresh = 60

    let store: AppealStore
    let configuration: ServerConfiguration
    let renderer: PageRenderer

    func register(on pages: RouterGroup<OtklikRequestContext>) {
        pages.get("/wall") { request, context in try await page(request, context) }
    }

    func page(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let references = try await store.references()
        let parameters = request.uri.queryParameters
        var reader = QueryReader { parameters.get($0) }
        var errors: [String] = []
        var refresh = Self.defaultRefresh
        if let raw = reader.text("refresh") {
            if let seconds = Int(raw), Self.refreshRange.contains(seconds) {
                refresh = seconds
            } else {
                errors.append("Период обновления — целое число секунд от \(Self.refreshRange.lowerBound) до \(Self.refreshRange.upperBound)")
            }
        }
        errors += reader.errors.map(\.message)
        let now = Timestamp.now()
        var view = WallView(
            title: Self.title(references, reader.given("municipality")), refreshSeconds: refresh,
            updatedAt: WebFormat(timeZone: configuration.timeZone).dateTime(now) ?? "", period: "", errors: [],
            hasFigures: false, headlines: [], dynamics: "", spikes: [], hasSpikes: false, growing: [], hasGrowing: false, overdueBodies: "",
            hasOverdue: false
        )
        do {
            let query = try DashboardPage.query(parameters, references: references, today: LocalDate(now, in: configuration.timeZone))
            if errors.isEmpty {
                let dashboard = try await DashboardPage.dashboard(store, query: query, scope: user.scope)
                let charts = DashboardCharts(
                    dashboard: dashboard, labels: SliceLabels(references: references), filters: DashboardPage.filters(reader)
                )
                view.hasFigures = true
                view.period = "\(dashboard.request.from.russian) — \(dashboard.request.to.russian)"
                view.headlines = charts.headlines
                view.dynamics = charts.dynamics(width: 700, height: 240)
                view.spikes = Array(charts.spikes.prefix(4))
                view.hasSpikes = !view.spikes.isEmpty
                view.growing = charts.growing(limit: 4)
                view.hasGrowing = !view.growing.isEmpty
                view.overdueBodies = charts.overdueBodies(limit: 6)
                view.hasOverdue = !dashboard.mostOverdue(limit: 1).isEmpty
            }
        } catch let failure as ValidationFailure {
            errors += failure.errors.map(\.message)
        }
        view.errors = errors
        return renderer.html("wall", view, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    static func title(_ references: ReferenceData, _ municipality: String?) -> String {
        references.municipalityName(municipality).map { "Ситуационный центр · \($0)" } ?? "Ситуационный центр региона"
    }
}
