import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `GET /map`: where the period's items are (issue 6), as dots and density over a plain grid or the
/// configured tiles (`PointMap`); period and filters as for slices (`SliceQuery`), over what the user may see.
struct PointMapPage {
    /// Points read for one map: the newest this many; the density of more would look the same.
    static let pointLimit = 200_000

    let store: AppealStore
    let configuration: ServerConfiguration
    let renderer: PageRenderer
    let tiles: String?

    func register(on pages: RouterGroup<OtklikRequestContext>) {
        pages.get("/map") { request, context in try await page(request, context) }
    }

    func page(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let references = try await store.references()
        let parameters = request.uri.queryParameters
        let reader = QueryReader { parameters.get($0) }
        var view = PointMapView(
            chrome: try PageChrome(title: "Карта обращений", context: context),
            form: PointMapView.Form(
                from: reader.given("from") ?? "", to: reader.given("to") ?? "",
                municipalities: SelectOption.municipalities(references, selected: reader.given("municipality")),
                blocks: SelectOption.blocks(references, selected: reader.given("block")),
                topics: SelectOption.list(references.rubricator.topics.map { ($0.id, $0.name) }, selected: reader.given("topic"))
            ),
            errors: [], hasMap: false, map: "", summary: "", note: ""
        )
        do {
            let query = try SliceQuery.limited(
                to: ["from", "to", "municipality", "block", "topic"], { parameters.get($0) }, references: references,
                today: LocalDate(Timestamp.now(), in: configuration.timeZone)
            )
            let period = query.request
            let found = try await store.points(from: period.from, to: period.to, filter: period.filter, visibleTo: user.scope, limit: Self.pointLimit)
            let chosen = period.filter.allowed[.municipality]
            let places = references.municipalities.filter { chosen?.contains($0.id) ?? true }.compactMap { m in
                m.centre.map { PointMap.Place(name: m.name, centre: $0) }
            }
            view.form.from = period.from.iso
            view.form.to = period.to.iso
            view.hasMap = true
            view.map = PointMap(
                title: "Обращения на карте, \(period.from.russian) — \(period.to.russian): \(SliceFormat.grouped(Int64(found.total)))",
                points: found.points, places: places, tiles: tiles
            ).svg
            view.summary = "Обращений с точкой на карте: \(SliceFormat.grouped(Int64(found.total))), \(period.from.russian) — \(period.to.russian)."
            if found.total > found.points.count {
                view.note = "Показаны последние \(SliceFormat.grouped(Int64(found.points.count))) по плотности; сузьте период или выберите тему."
            } else if found.points.count > PointMap.dotLimit {
                view.note = "Точек больше \(SliceFormat.grouped(Int64(PointMap.dotLimit))): показана плотность, число в квадрате — при наведении."
            }
        } catch let failure as ValidationFailure {
            view.errors = failure.errors.map(\.message)
        }
        return renderer.html("map", view, status: view.errors.isEmpty ? .ok : .unprocessableContent)
    }
}
