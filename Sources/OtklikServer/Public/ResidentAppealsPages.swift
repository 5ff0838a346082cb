import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `/public/my`: a signed-in resident's own items (issue 9: follow the status) — those sent from the public
/// form with the e-mail they signed in with — the newest first, each with its stage; «Открыть» gives a fresh
/// key to the item's page (`PublicPages`), where the answer is read and rated as by the link from the letter.
/// Without a session the resident is sent to sign in and comes back.
struct ResidentAppealsPages {
    let store: AppealStore
    let residents: ResidentAccess
    let renderer: PageRenderer
    let configuration: ServerConfiguration

    struct View {
        struct Row {
            var number: String
            var received: String
            var topic: String?
            var stage: String
            var answered: Bool
            var canRate: Bool
        }

        var csrf: String
        var email: String
        var rows: [Row]
        var empty: Bool
        var missing: Bool
    }

    static let path = "/public/my"

    func register(on router: Router<OtklikRequestContext>) {
        let pages = router.group("/public").add(middleware: PublicPageErrors(renderer: renderer))
        pages.get("/my") { request, _ in try await list(request) }
        pages.post("/my/:number") { request, context in try await open(request, context) }
    }

    private static var login: Response {
        .redirect(to: ResidentAccess.loginPath(next: path), type: .normal)
    }

    private func list(_ request: Request, missing: Bool = false) async throws -> Response {
        guard let email = try await residents.resident(request) else { return Self.login }
        let references = try await store.references()
        let format = WebFormat(timeZone: configuration.timeZone)
        let rows = try await store.residentAppeals(email: email).map { appeal in
            let shown = PublicAppeal(appeal, topic: references.topicName(appeal.topicId), municipality: nil)
            return View.Row(
                number: shown.number, received: format.dateTime(shown.receivedAt) ?? "", topic: shown.topic, stage: shown.stageTitle,
                answered: shown.answer != nil, canRate: shown.canRate
            )
        }
        let token = PublicCSRF.token(request)
        let view = View(csrf: token, email: email, rows: rows, empty: rows.isEmpty, missing: missing)
        return PublicCSRF.page(renderer.html("public-my", view, status: missing ? .notFound : .ok), token: token, secure: configuration.secureCookies)
    }

    /// `POST /public/my/{number}`: the item's page with a new key, if the item is the resident's own.
    private func open(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        guard let email = try await residents.resident(request) else { return Self.login }
        do {
            _ = try await WebForm.read(request, context: context, csrf: PublicCSRF.sent(request))
        } catch {
            return try await list(request)
        }
        let number = PublicAPI.number(context)
        guard let key = try await store.openResidentAppeal(number: number, email: email) else { return try await list(request, missing: true) }
        return .redirect(to: PublicLink.path(number: number, secret: key), type: .normal)
    }
}
