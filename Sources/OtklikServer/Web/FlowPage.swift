import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `/flow`: the counts of Регламент МЦУ § 5.2 for a period in the browser — new, repeated, overdue and postponed
/// items per topic block, municipality or body over what the user may see — as `GET /api/v1/stats/flow` gives
/// them (`FlowAPI.answer`), the most overdue first. Dates are the region's days; the period is this week by default.
struct FlowPage {
    let store: AppealStore
    let configuration: ServerConfiguration
    let renderer: PageRenderer

    struct View {
        struct Row {
            var name: String
            var new: Int
            var repeated: Int
            var overdue: Int
            var postponed: Int
            var late: Bool { overdue > 0 }
        }

        var chrome: PageChrome
        var from: String
        var to: String
        var groupings: [SelectOption]
        var groupTitle: String
        var rows: [Row]
        var total: Row
        var empty: Bool
        var errors: [String: String]
    }

    static let groupTitles: [FlowGrouping: String] = [.block: "Отраслевой блок", .municipality: "Муниципалитет", .body: "Орган"]

    func register(on pages: RouterGroup<OtklikRequestContext>) {
        pages.get("/flow") { request, context in try await show(request, context) }
    }

    private func show(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let query = request.uri.queryParameters
        let timeZone = configuration.timeZone
        let monday = LocalDate(Date(), in: timeZone).adding(days: 1 - LocalDate(Date(), in: timeZone).weekday)
        let fromText = query.get("from") ?? monday.iso
        let toText = query.get("to") ?? monday.adding(days: 7).iso
        var errors: [String: String] = [:]
        let from = LocalDate(iso: fromText).map { Timestamp.date(millis: $0.startMillis(in: timeZone)) }
        let to = LocalDate(iso: toText).map { Timestamp.date(millis: $0.startMillis(in: timeZone)) }
        if from == nil { errors["from"] = "Начало периода: дата" }
        if to == nil { errors["to"] = "Конец периода: дата" }
        if let from, let to, !FlowAPI.accepts(from: from, to: to) { errors["to"] = FlowAPI.periodRefusal }
        let grouping = query.get("by").flatMap(FlowGrouping.init(rawValue:)) ?? .block
        var rows: [View.Row] = []
        var total = View.Row(name: "Всего", new: 0, repeated: 0, overdue: 0, postponed: 0)
        if let from, let to, errors.isEmpty {
            let answer = try await FlowAPI.answer(from: from, to: to, by: grouping, scope: user.scope, store: store)
            rows = answer.rows.map { Self.row($0.name, $0.counts) }
            total = Self.row("Всего", answer.total)
        }
        let view = View(
            chrome: try PageChrome(title: "Поток за период", context: context), from: fromText, to: toText,
            groupings: SelectOption.list(FlowGrouping.allCases.map { ($0.rawValue, Self.groupTitles[$0] ?? $0.rawValue) }, selected: grouping.rawValue),
            groupTitle: Self.groupTitles[grouping] ?? "", rows: rows, total: total, empty: rows.isEmpty && errors.isEmpty, errors: errors
        )
        return renderer.html("flow", view, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    private static func row(_ name: String, _ counts: FlowCounts) -> View.Row {
        View.Row(name: name, new: counts.new, repeated: counts.repeated, overdue: counts.overdue, postponed: counts.postponed)
    }
}
