import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// The public pages (issue 9), no login, Russian, light enough for a phone on 3G (one stylesheet, a few lines
/// of script only to read the phone's location): `/public` to report a problem with photos and a point,
/// `/public/appeals/{number}?key=` to follow it and rate the answer, `/public/track` to open it by number and
/// key, `/public/problems` for the list and map of problems (`PublicListing`). Forms carry a CSRF token also set as a cookie (there is no session), and a hidden field a person
/// leaves empty; a form that fails is shown again with every typed value and a message per field.
struct PublicPages {
    let desk: PublicDesk
    let renderer: PageRenderer
    let configuration: ServerConfiguration
    /// The checked tile URL template under the public map, or nil.
    let tiles: String?
    /// The field people never see: a form that fills it is a robot's.
    static let honeypot = "website"

    func register(on router: Router<OtklikRequestContext>) {
        let pages = router.group("/public").add(middleware: PublicPageErrors(renderer: renderer))
        pages.get("") { request, _ in try await formPage(request, values: [:], errors: []) }
        pages.post("") { request, context in try await submit(request, context) }
        pages.get("/track") { request, _ in track(request) }
        pages.get("/problems") { request, _ in try await problems(request) }
        pages.get("/appeals/:number") { request, context in
            let query = request.uri.queryParameters
            let secret = query.get("key") ?? ""
            return try await statusPage(
                request, number: PublicAPI.number(context), secret: secret, justCreated: query.get("new") != nil, justRated: query.get("rated") != nil
            )
        }
        pages.post("/appeals/:number/rating") { request, context in try await rate(request, context) }
    }

    private var format: WebFormat { WebFormat(timeZone: configuration.timeZone) }

    private func csrf(_ request: Request) -> String { PublicCSRF.token(request) }

    private func withCSRF(_ response: Response, _ token: String) -> Response {
        PublicCSRF.page(response, token: token, secure: configuration.secureCookies)
    }

    private func formPage(
        _ request: Request, values: [String: String], errors: [FieldError], problem: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let token = csrf(request)
        let view = PublicFormView(
            csrf: token, references: try await desk.store.references(), values: values, errors: errors, problem: problem, tiles: tiles
        )
        return withCSRF(renderer.html("public-form", view, status: status), token)
    }

    private func submit(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        guard let boundary = MultipartForm.boundary(request.headers[.contentType]) else {
            return try await formPage(request, values: [:], errors: [], problem: "Форма отправлена не так: обновите страницу и повторите", status: .badRequest)
        }
        let form = try await MultipartForm.read(request, boundary: boundary, maxBytes: PublicAPI.maxFormBytes)
        let values = form.fields.fields.filter { $0.key != "_csrf" }
        guard let sent = form.fields["_csrf"], sent == PublicCSRF.sent(request) else {
            return try await formPage(request, values: values, errors: [], problem: "Форма устарела: проверьте поля и отправьте ещё раз", status: .forbidden)
        }
        guard form.fields[Self.honeypot] == nil else {
            return try await formPage(request, values: values, errors: [], problem: "Форма отклонена как автоматическая", status: .unprocessableContent)
        }
        do {
            let submission = try PublicFormFields.submission(form.fields)
            let receipt = try await desk.submit(submission, files: form.files.filter { $0.name == "photo" }.map(\.file), from: context.remoteAddress)
            guard let secret = receipt.secret else {
                return try await formPage(
                    request, values: [:], errors: [],
                    problem: "Эта форма уже была отправлена: номер \(receipt.appeal.number). Ссылку для отслеживания показали после первой отправки.",
                    status: .conflict
                )
            }
            return Response.redirect(to: PublicDesk.link(number: receipt.appeal.number, secret: secret) + "&new=1", type: .normal)
        } catch let problem as Problem where problem.status == .unprocessableContent {
            return try await formPage(request, values: values, errors: problem.errors ?? [], status: .unprocessableContent)
        } catch let problem as Problem where problem.status == .tooManyRequests {
            return try await formPage(request, values: values, errors: [], problem: problem.detail, status: .tooManyRequests)
        } catch StoreError.invalid(let errors) {
            return try await formPage(request, values: values, errors: errors, status: .unprocessableContent)
        }
    }

    private func track(_ request: Request) -> Response {
        let query = request.uri.queryParameters
        guard let number = query.get("number")?.trimmingCharacters(in: .whitespaces), !number.isEmpty,
            let key = query.get("key")?.trimmingCharacters(in: .whitespaces), !key.isEmpty
        else {
            return renderer.html("public-track", TrackView(number: query.get("number") ?? "", error: query.get("number") == nil ? nil : "Укажите номер и ключ"))
        }
        return Response.redirect(to: PublicDesk.link(number: number, secret: key.lowercased()), type: .normal)
    }

    /// The public list with its map: the map draws the newest `mapLimit` listed items with a point.
    static let mapLimit = 1_000

    private func problems(_ request: Request) async throws -> Response {
        let parameters = request.uri.queryParameters
        let references = try await desk.store.references()
        let query: PublicProblemsQuery
        do {
            query = try PublicProblemsQuery({ parameters.get($0) }, references: references)
        } catch let problem as Problem {
            let view = PublicProblemsView(
                municipalities: SelectOption.municipalities(references, selected: nil), topics: topicOptions(references, selected: nil), map: nil,
                items: [], nextLink: nil, empty: false, error: problem.errors?.first?.message ?? problem.detail
            )
            return renderer.html("public-problems", view, status: problem.status)
        }
        let page = try await desk.problems(municipalityId: query.municipalityId, topicId: query.topicId, limit: query.limit, after: query.cursor)
        var map: String?
        if query.cursor == nil {
            let newest = try await desk.problems(municipalityId: query.municipalityId, topicId: query.topicId, limit: Self.mapLimit, after: nil)
            let points = newest.items.compactMap(\.point)
            let places = references.municipalities.filter { query.municipalityId == nil || $0.id == query.municipalityId }.compactMap { municipality in
                municipality.centre.map { PointMap.Place(name: municipality.name, centre: $0) }
            }
            map = PointMap(title: "Проблемы на карте: \(points.count)", points: points, places: places, tiles: tiles).svg
        }
        var next: String?
        if let cursor = page.next {
            var pairs = [("cursor", cursor.encoded)]
            if let municipality = query.municipalityId { pairs.append(("municipality", municipality)) }
            if let topic = query.topicId { pairs.append(("topic", topic)) }
            next = "/public/problems?" + pairs.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0.1)" }.joined(separator: "&")
        }
        let items = page.items.map { PublicProblemsView.Item(problem: $0, received: format.day($0.receivedAt) ?? "", answered: $0.answer != nil) }
        let view = PublicProblemsView(
            municipalities: SelectOption.municipalities(references, selected: query.municipalityId), topics: topicOptions(references, selected: query.topicId),
            map: map, items: items, nextLink: next, empty: items.isEmpty, error: nil
        )
        return renderer.html("public-problems", view)
    }

    private func topicOptions(_ references: ReferenceData, selected: String?) -> [SelectOption] {
        SelectOption.list(references.rubricator.topics.map { ($0.id, $0.name) }, selected: selected)
    }

    struct TrackView {
        var number: String
        var error: String?
    }

    private func statusPage(
        _ request: Request, number: String, secret: String, justCreated: Bool, justRated: Bool, error: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let appeal: Appeal
        do {
            appeal = try await desk.appeal(number: number, secret: secret)
        } catch let problem as Problem where problem.status == .notFound {
            return renderer.html("public-track", TrackView(number: number, error: "Нет обращения с таким номером и ключом: проверьте ссылку"), status: .notFound)
        }
        let token = csrf(request)
        let view = PublicStatusView(
            appeal: try await desk.view(appeal), secret: secret, csrf: token, format: format, justCreated: justCreated, justRated: justRated, error: error
        )
        return withCSRF(renderer.html("public-status", view, status: status), token)
    }

    private func rate(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let number = PublicAPI.number(context)
        let form: WebForm
        do {
            form = try await WebForm.read(request, context: context, csrf: PublicCSRF.sent(request))
        } catch {
            let secret = request.uri.queryParameters.get("key") ?? ""
            return try await statusPage(request, number: number, secret: secret, justCreated: false, justRated: false, error: "Форма устарела: оцените ещё раз", status: .forbidden)
        }
        let secret = form["key"] ?? ""
        do {
            _ = try await desk.rate(number: number, secret: secret, satisfied: form["satisfied"] == "yes", comment: form["comment"])
        } catch let problem as Problem {
            return try await statusPage(
                request, number: number, secret: secret, justCreated: false, justRated: false, error: problem.errors?.first?.message ?? problem.detail,
                status: problem.status
            )
        }
        return Response.redirect(to: PublicDesk.link(number: number, secret: secret) + "&rated=1", type: .normal)
    }
}
