import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `GET /reports/weekly?week=ГГГГ-ММ-ДД&municipality=`: the weekly analytic note for the week holding that
/// day (the last full week by default), from the dashboard's slices over the week (`Dashboard`: its period of
/// 7 days makes the previous period the week before); `/reports/weekly/export` downloads its figures.
struct WeeklyNotePage {
    let store: AppealStore
    let configuration: ServerConfiguration
    let renderer: PageRenderer

    func register(on pages: RouterGroup<OtklikRequestContext>) {
        pages.get("/reports/weekly") { request, context in try await page(request, context, download: false) }
        pages.get("/reports/weekly/export") { request, context in try await page(request, context, download: true) }
    }

    func page(_ request: Request, _ context: OtklikRequestContext, download: Bool) async throws -> Response {
        let user = try context.requireUser()
        let references = try await store.references()
        let parameters = request.uri.queryParameters
        let query = WeeklyNoteQuery({ parameters.get($0) }, references: references, today: LocalDate(Timestamp.now(), in: configuration.timeZone))
        let week = query.week
        let municipality = query.municipality
        var view = WeeklyNoteView(
            chrome: try PageChrome(title: "Аналитическая записка", context: context),
            form: WeeklyNoteView.Form(
                week: week.monday.iso,
                municipalities: SelectOption.municipalities(references, selected: municipality)
            ),
            errors: query.errors.map(\.message), hasNote: false, title: "", subject: "", headlines: [], dynamics: "", byBlock: "", growing: [],
            hasGrowing: false, spikes: [], hasSpikes: false, overdueBodies: "", hasOverdue: false, notable: [], hasNotable: false,
            exports: [ExportLink.make("/reports/weekly/export", query: request.uri.query ?? "", format: "docx")]
                + ExportLink.all("/reports/weekly/export", query: request.uri.query ?? "")
        )
        guard query.errors.isEmpty else { return renderer.html("weekly", view, status: .unprocessableContent) }
        let dashboard = try await query.dashboard(store, scope: user.scope)
        let filters = municipality.map { [(SliceDimension.municipality, $0)] } ?? []
        let labels = SliceLabels(references: references)
        let subject = query.subject(references)
        if download, query.document {
            let notable = try await query.notable(store, scope: user.scope, timeZone: configuration.timeZone)
            return try WeeklyNoteDocument.response(dashboard, notable: notable, labels: labels, week: week, subject: subject)
        }
        if download {
            return try Self.file(dashboard, labels: labels, week: week, subject: subject).response(query.format ?? .csv)
        }
        let charts = DashboardCharts(dashboard: dashboard, labels: labels, filters: filters)
        view.hasNote = true
        view.title = "Аналитическая записка за неделю \(week.title)"
        view.subject = "\(subject.prefix(1).uppercased() + subject.dropFirst()); сравнение с неделей \(ReportWeek(containing: week.monday.adding(days: -7)).title)"
        view.headlines = charts.headlines
        view.dynamics = charts.dynamics()
        view.byBlock = charts.structure(dashboard.byBlock, limit: 8)
        view.growing = charts.growing(limit: 10)
        view.hasGrowing = !view.growing.isEmpty
        view.spikes = charts.spikes
        view.hasSpikes = !view.spikes.isEmpty
        view.overdueBodies = charts.overdueBodies()
        view.hasOverdue = !dashboard.mostOverdue(limit: 1).isEmpty
        view.notable = try await query.notable(store, scope: user.scope, timeZone: configuration.timeZone).map { item in
            WeeklyNoteView.Notable(
                link: "/appeals/\(item.appealId)", number: item.number,
                place: "\(labels.title(.municipality, item.municipalityId ?? "")) · \(labels.title(.block, item.blockId ?? ""))", summary: item.summary,
                reasons: item.reasons.joined(separator: "; "), status: item.status.title
            )
        }
        view.hasNotable = !view.notable.isEmpty
        return renderer.html("weekly", view)
    }

    /// The note's figures as numbers: each headline for the week and the week before (shares in per cent),
    /// the growing problems, the spikes against their usual week.
    static func file(_ dashboard: Dashboard, labels: SliceLabels, week: ReportWeek, subject: String) -> ReportFile {
        func line(_ section: String, _ title: String, _ value: Double?, _ before: Double?) -> [ReportValue] {
            let change = value.flatMap { value in before.map { value - $0 } }
            return [.text(section), .text(title), ReportValue(value), ReportValue(before), ReportValue(change)]
        }
        var rows = dashboard.headlines.map { slice in
            let measure = slice.request.measure
            let scale = measure.isShare ? 100.0 : 1
            return line("Показатели", measure.title + (measure.isShare ? ", %" : ""), slice.total.map { $0 * scale }, slice.previousTotal.map { $0 * scale })
        }
        rows += dashboard.growing(limit: 10).map { group in
            line("Растущие проблемы", "\(labels.title(.municipality, group.row)) · \(labels.title(.block, group.column ?? ""))", group.value, group.previous ?? 0)
        }
        rows += dashboard.spikes.map { spike in
            line("Всплески", "\(labels.title(.municipality, spike.municipalityId)) · \(labels.title(.block, spike.blockId))", Double(spike.count), spike.baseline)
        }
        return ReportFile(
            name: "Аналитическая записка — \(subject) — \(week.monday.iso)",
            columns: [
                ReportColumn("Раздел", .text), ReportColumn("Показатель", .text), ReportColumn("Неделя \(week.title)", .decimal),
                ReportColumn("Неделей раньше (для всплеска — обычная неделя)", .decimal), ReportColumn("Изменение", .decimal),
            ], rows: rows
        )
    }
}
