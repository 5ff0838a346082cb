import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `GET /reports/package`: the form of the quarterly or annual report for the regional centre (M21);
/// `/reports/package/download?period=&municipality=` downloads it as `GET /api/v1/reports/package` does.
struct ReportPackagePage {
    let store: AppealStore
    let configuration: ServerConfiguration
    let renderer: PageRenderer
    let weights: RatingWeights

    static let contents = [
        "Показатели K1–K10 с начала года по конец периода: план, факт по месяцам, исполнение",
        "Рейтинг органов за период с местом в предыдущем периоде",
        "Обращения по отраслевым блокам и месяцам",
        "Сроки и качество ответов по отраслевым блокам",
        "manifest.json — опись файлов с контрольными суммами SHA-256",
    ]

    func register(on pages: RouterGroup<OtklikRequestContext>) {
        pages.get("/reports/package") { request, context in try await page(request, context, download: false) }
        pages.get("/reports/package/download") { request, context in try await page(request, context, download: true) }
    }

    func page(_ request: Request, _ context: OtklikRequestContext, download: Bool) async throws -> Response {
        let user = try context.requireUser()
        let references = try await store.references()
        let parameters = request.uri.queryParameters
        let today = LocalDate(Timestamp.now(), in: configuration.timeZone)
        var errors: [String] = []
        do {
            let query = try ReportPackageQuery({ parameters.get($0) }, references: references, today: today)
            if download { return try await query.response(store, scope: user.scope, references: references, weights: weights, today: today) }
        } catch let failure as ValidationFailure {
            errors = failure.errors.map(\.message)
        }
        let reader = QueryReader { parameters.get($0) }
        let view = ReportPackageView(
            chrome: try PageChrome(title: "Отчёт в региональный центр", context: context),
            periods: SelectOption.list(
                Self.periods(today: today).map { ($0.code, $0.title) }, selected: reader.given("period") ?? ReportPeriod.lastEnded(quarterly: true, before: today).code
            ),
            municipalities: SelectOption.municipalities(references, selected: reader.given("municipality")), errors: errors, contents: Self.contents
        )
        return renderer.html("package", view, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// The current and the last seven quarters, then the current and the two last years.
    static func periods(today: LocalDate) -> [ReportPeriod] {
        var quarters: [ReportPeriod] = []
        var year = today.year
        var quarter = (today.parts.month - 1) / 3 + 1
        for _ in 0..<8 {
            quarters.append(ReportPeriod(year: year, quarter: quarter)!)
            quarter -= 1
            if quarter == 0 { (year, quarter) = (year - 1, 4) }
        }
        return quarters + (0..<3).map { ReportPeriod(year: today.year - $0)! }
    }
}
