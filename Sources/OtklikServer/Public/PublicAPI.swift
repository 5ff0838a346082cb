import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// The public JSON API (issue 9), no login: `GET /api/v1/public/form` (what the form offers and the consent
/// text), `GET /api/v1/public/problems` (the public list, `PublicListing`), `POST /api/v1/public/appeals` (JSON, or `multipart/form-data` with photos in `photo` parts),
/// `GET /api/v1/public/appeals/{number}?secret=` and `POST /api/v1/public/appeals/{number}/rating`.
/// Responses carry no personal data (`PublicAppeal`).
struct PublicAPI {
    let desk: PublicDesk
    /// The largest form with photos: ten photos of the largest size and the fields.
    static let maxFormBytes = AttachmentPolicy.maxFiles * AttachmentPolicy.maxBytes + IntakeLimits.maxBodyBytes

    struct FormResponse: Encodable {
        struct Choice: Encodable {
            var id: String
            var name: String
            var block: String?
        }

        var consent: Consent
        var kinds: [Choice]
        var topics: [Choice]
    }

    struct Consent: Encodable {
        var version: String
        var text: String
        var sha256: String
    }

    struct SubmitResponse: Encodable {
        var number: String
        /// Nil when the same form was taken in before.
        @EncodedNull var secret: String?
        @EncodedNull var link: String?
        var repeated: Bool
        @EncodedNull var appeal: PublicAppeal?
    }

    struct RatingRequest: Decodable {
        var secret: String
        var satisfied: Bool
        var comment: String?
    }

    struct ProblemsResponse: Encodable {
        var items: [PublicProblem]
        @EncodedNull var nextCursor: String?
    }

    func register(on router: Router<OtklikRequestContext>) {
        router.get("/api/v1/public/form") { _, _ in try await form() }
        router.get("/api/v1/public/problems") { request, _ in
            let parameters = request.uri.queryParameters
            let query = try PublicProblemsQuery({ parameters.get($0) }, references: try await desk.store.references())
            let page = try await desk.problems(municipalityId: query.municipalityId, topicId: query.topicId, limit: query.limit, after: query.cursor)
            return try JSONBody.response(ProblemsResponse(items: page.items, nextCursor: page.next?.encoded))
        }
        router.post("/api/v1/public/appeals") { request, context in try await submit(request, context) }
        router.get("/api/v1/public/appeals/:number") { request, context in
            let appeal = try await desk.appeal(number: Self.number(context), secret: request.uri.queryParameters.get("secret") ?? "")
            return try JSONBody.response(try await desk.view(appeal))
        }
        router.post("/api/v1/public/appeals/:number/rating") { request, context in
            let body = try await JSONBody.decode(RatingRequest.self, from: request, context: context)
            let appeal = try await desk.rate(number: Self.number(context), secret: body.secret, satisfied: body.satisfied, comment: body.comment)
            return try JSONBody.response(try await desk.view(appeal))
        }
    }

    /// The number in the path, percent-escapes decoded («ЦУР-2026-000001»).
    static func number(_ context: OtklikRequestContext) -> String {
        let raw = context.parameters.get("number") ?? ""
        return raw.removingPercentEncoding ?? raw
    }

    private func form() async throws -> Response {
        let references = try await desk.store.references()
        let consent = PublicConsent.current
        let topics = references.rubricator.topics.map { FormResponse.Choice(id: $0.id, name: $0.name, block: references.blockName($0.blockId)) }
        let kinds = [AppealKind.message, .appeal].map { FormResponse.Choice(id: $0.rawValue, name: $0.title) }
        return try JSONBody.response(FormResponse(consent: Consent(version: consent.version, text: consent.text, sha256: consent.sha256), kinds: kinds, topics: topics))
    }

    private func submit(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let submission: PublicSubmission
        var files: [IncomingFile] = []
        if let boundary = MultipartForm.boundary(request.headers[.contentType]) {
            let form = try await MultipartForm.read(request, boundary: boundary, maxBytes: Self.maxFormBytes)
            submission = try PublicFormFields.submission(form.fields)
            files = form.files.filter { $0.name == "photo" }.map(\.file)
        } else {
            submission = try await JSONBody.decode(PublicSubmission.self, from: request, context: context)
        }
        let receipt = try await desk.submit(submission, files: files, from: context.remoteAddress)
        let response = SubmitResponse(
            number: receipt.appeal.number, secret: receipt.secret, link: receipt.secret.map { PublicDesk.link(number: receipt.appeal.number, secret: $0) },
            repeated: receipt.secret == nil, appeal: receipt.secret == nil ? nil : try await desk.view(receipt.appeal)
        )
        return try JSONBody.response(response, status: receipt.secret == nil ? .ok : .created)
    }
}
