import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// What the public API and the public pages share (issue 9): taking a resident's submission in as the
/// public side's user, with its consent, link and photos in one transaction; finding an item by its link;
/// recording the author's rating (`CitizenRating`). Every failure is a `Problem`; nothing is half-written.
struct PublicDesk: Sendable {
    let store: AppealStore
    /// The user the public side acts as (`OTKLIK_PUBLIC_LOGIN`).
    let login: String
    let limiter: SubmissionLimiter

    static let flagger = TextFlagger()

    struct Receipt: Sendable {
        var appeal: Appeal
        /// The link's secret; nil when the same form was taken in before (its secret was shown then).
        var secret: String?
    }

    /// Takes a submission in from `address`; a valid one over `SubmissionLimits` is a 429 and writes nothing.
    func submit(_ submission: PublicSubmission, files: [IncomingFile], from address: String?) async throws -> Receipt {
        let errors = submission.errors()
        guard errors.isEmpty else { throw Problem.invalid(errors) }
        try limiter.admit(
            address: address, author: submission.author, refusal: "С этого адреса или с этим контактом отправлено слишком много сообщений."
        )
        let user = try await ChannelWebhook(store: store).user(login, setting: "OTKLIK_PUBLIC_LOGIN")
        let secret = TrackingSecret.generate()
        // What the resident sent, kept as the item's payload: the form's fields (the photos are kept as files).
        let payload = RawPayload(contentType: "application/json", body: try JSONCoding.encoder().encode(submission))
        let result = try await store.intake(
            [submission.draft], payloads: [payload], tickets: [PublicTicket(secret: secret, consent: .current, authorEmail: submission.author?.email)], files: [files], by: user
        )[0]
        return Receipt(appeal: result.appeal, secret: result.created ? secret : nil)
    }

    /// The item of a link; a wrong number or secret is the same 404, so neither can be probed.
    func appeal(number: String, secret: String) async throws -> Appeal {
        guard let appeal = try await store.publicAppeal(number: number, secret: secret) else {
            throw Problem.notFound("Нет обращения с таким номером и ключом: проверьте ссылку")
        }
        return appeal
    }

    func view(_ appeal: Appeal) async throws -> PublicAppeal {
        let references = try await store.references()
        return PublicAppeal(appeal, topic: references.topicName(appeal.topicId), municipality: references.municipalityName(appeal.municipalityId))
    }

    func rate(number: String, secret: String, satisfied: Bool, comment: String?) async throws -> Appeal {
        if let error = CitizenRating.error(inComment: comment) { throw Problem.invalid([error]) }
        let appeal = try await appeal(number: number, secret: secret)
        guard CitizenRating.isOpen(appeal) else {
            throw Problem(
                .conflict, type: "rating-closed", title: "Оценка сейчас недоступна",
                detail: appeal.status == .closed ? "Этот ответ уже оценён" : "Оценить можно, когда будет дан ответ"
            )
        }
        let user = try await ChannelWebhook(store: store).user(login, setting: "OTKLIK_PUBLIC_LOGIN")
        let now = Timestamp.now()
        let requests = CitizenRating.actions(satisfied: satisfied, comment: comment).map {
            ActionRequest(action: $0.action, input: $0.input, appealId: appeal.id, user: user, at: now)
        }
        return try await store.perform(requests).last ?? appeal
    }

    /// A page of the public list of problems (`PublicListing`), with the next page's cursor.
    func problems(municipalityId: String?, topicId: String?, limit: Int, after cursor: PageCursor?) async throws -> (items: [PublicProblem], next: PageCursor?) {
        let references = try await store.references()
        let page = try await store.publicProblems(municipalityId: municipalityId, topicId: topicId, limit: limit, after: cursor)
        let items = page.items.map {
            PublicProblem($0, topic: references.topicName($0.topicId), municipality: references.municipalityName($0.municipalityId), flagger: Self.flagger)
        }
        return (items, page.nextCursor)
    }

    /// The page of a link, relative to the site.
    static func link(number: String, secret: String) -> String { PublicLink.path(number: number, secret: secret) }
}
