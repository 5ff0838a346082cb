import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `GET /ratings`: the rating of bodies for a period (issue 7), from the same query and figures as
/// `GET /api/v1/ratings`, with the change of place against the previous period; `/ratings/export` downloads it.
struct RatingsPage {
    let store: AppealStore
    let configuration: ServerConfiguration
    let renderer: PageRenderer
    let weights: RatingWeights

    func register(on pages: RouterGroup<OtklikRequestContext>) {
        pages.get("/ratings") { request, context in try await page(request, context, download: false) }
        pages.get("/ratings/export") { request, context in try await page(request, context, download: true) }
    }

    func page(_ request: Request, _ context: OtklikRequestContext, download: Bool) async throws -> Response {
        let user = try context.requireUser()
        let references = try await store.references()
        let parameters = request.uri.queryParameters
        let reader = QueryReader { parameters.get($0) }
        var view = RatingsView(
            chrome: try PageChrome(title: "Рейтинг органов", context: context),
            form: RatingsView.Form(
                from: reader.given("from") ?? "", to: reader.given("to") ?? "",
                municipalities: SelectOption.municipalities(references, selected: reader.given("municipality")),
                blocks: SelectOption.blocks(references, selected: reader.given("block"))
            ),
            errors: [], period: "", headers: BodyRatings.measures.map { RatingsView.Header(label: Self.label($0), hint: $0.title) }, rows: [],
            hasRows: false, method: Self.method(weights),
            exports: ExportLink.all("/ratings/export", query: request.uri.query ?? "")
        )
        do {
            let query = try RatingsQuery({ parameters.get($0) }, references: references, today: LocalDate(Timestamp.now(), in: configuration.timeZone))
            let ratings = try await query.ratings(store, scope: user.scope, weights: weights)
            if download { return try RatingTable.file(ratings, request: query.request, references: references).response(query.format ?? .csv) }
            let period = query.request
            view.form.from = period.from.iso
            view.form.to = period.to.iso
            view.period = "\(period.from.russian) — \(period.to.russian); места в \(period.previousFrom.russian) — \(period.previousTo.russian) в скобках"
            view.rows = ratings.map { row($0, references: references) }
            view.hasRows = !view.rows.isEmpty
        } catch let failure as ValidationFailure {
            view.errors = failure.errors.map(\.message)
        }
        return renderer.html("ratings", view, status: view.errors.isEmpty ? .ok : .unprocessableContent)
    }

    func row(_ rating: BodyRating, references: ReferenceData) -> RatingsView.Row {
        let figures = rating.figures
        var move = "", moveClass = ""
        if let place = rating.place, let before = rating.previousPlace {
            move = place < before ? "▲ \(before - place)" : place > before ? "▼ \(place - before)" : "="
            moveClass = place < before ? "up" : place > before ? "down" : ""
        } else if rating.place != nil {
            move = "новый"
        }
        return RatingsView.Row(
            place: rating.place.map(String.init) ?? "—", move: move + (rating.previousPlace.map { " (\($0))" } ?? ""), moveClass: moveClass,
            body: references.bodyName(rating.bodyId) ?? rating.bodyId,
            score: rating.score.map { SliceFormat.decimal($0, digits: 1) } ?? "мало обращений", appeals: SliceFormat.grouped(figures.appeals),
            figures: BodyRatings.measures.map { SliceFormat.value(figures[$0], $0) }, ranked: rating.place != nil
        )
    }

    /// The short column label of a figure.
    static func label(_ measure: SliceMeasure) -> String {
        switch measure {
        case .onTimeShare: "В срок"
        case .medianAnswerDays: "Медиана ответа, дн."
        case .medianReactionHours: "Первая реакция, раб. ч"
        case .qualityScore: "Качество"
        case .substantiveShare: "По существу"
        case .satisfactionShare: "Удовлетворены"
        case .reopenedShare: "Возобновлено"
        case .overdueShare: "Просрочено"
        case .redirectShare: "Перенаправлено"
        case .returnShare: "Возвращено"
        default: measure.title
        }
    }

    /// How the score is made, in words, with the weights in use.
    static func method(_ weights: RatingWeights) -> String {
        func percent(_ weight: Double) -> String { SliceFormat.decimal(weight / weights.total * 100, digits: 0) + " %" }
        return "Балл — среднее взвешенное (0–100) частей, которые удалось измерить: ответы в срок — \(percent(weights.onTime)), "
            + "скорость (медиана срока ответа к 30 дням 59-ФЗ) — \(percent(weights.speed)), качество ответов — \(percent(weights.quality)), "
            + "без просрочки — \(percent(weights.notOverdue)), без перенаправления — \(percent(weights.notRedirected)). "
            + "Качество — среднее долей ответов, оценённых ЦУР «по существу», удовлетворённых граждан и ответов без возобновления. "
            + "Органы, получившие меньше \(BodyRatings.minimumAppeals) обращений, не ранжируются. Веса не установлены нормативно: их выбирает центр "
            + "(OTKLIK_RATING_WEIGHTS)."
    }
}
