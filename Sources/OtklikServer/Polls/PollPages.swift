import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// The residents' polls in the browser (issue 9): `/public/polls` lists them, `/public/polls/{id}` asks or shows
/// the results, `/public/login` signs a resident in by a code sent to their e-mail. Forms carry the public
/// side's CSRF cookie token; errors come back on the page in Russian.
struct PollPages {
    let desk: PollDesk
    let residents: ResidentAccess
    let renderer: PageRenderer
    let configuration: ServerConfiguration
    /// The OpenID Connect login (ЕСИА), when configured.
    let oidc: OIDCLogin?

    struct ListView {
        struct Item {
            var poll: PollResource
            var period: String
        }

        var items: [Item]
        var empty: Bool
        var signedIn: String?
    }

    struct LoginView {
        var csrf: String
        var next: String
        var email: String
        var codeSent: Bool
        var error: String?
        /// The name on the OpenID Connect button; nil without one.
        var oidcTitle: String?
        var oidcLink: String?
    }

    func register(on router: Router<OtklikRequestContext>) {
        let pages = router.group("/public").add(middleware: PublicPageErrors(renderer: renderer))
        pages.get("/polls") { request, _ in try await list(request) }
        pages.get("/polls/:id") { request, context in
            try await pollPage(request, id: context.parameters.get("id") ?? "", justVoted: request.uri.queryParameters.get("voted") != nil)
        }
        pages.post("/polls/:id/vote") { request, context in try await vote(request, context) }
        pages.get("/login") { request, _ in
            login(request, LoginView(csrf: "", next: WebSession.safeReturnPath(request.uri.queryParameters.get("next")), email: "", codeSent: false))
        }
        pages.get("/login/oidc") { request, _ in try await startOIDC(request) }
        pages.get("/login/oidc/callback") { request, _ in try await finishOIDC(request) }
        pages.post("/login") { request, context in try await sendCode(request, context) }
        pages.post("/login/code") { request, context in try await enterCode(request, context) }
    }

    private var format: WebFormat { WebFormat(timeZone: configuration.timeZone) }

    private func csrf(_ request: Request) -> String { PublicCSRF.token(request) }

    private func html(_ template: String, _ view: Any, token: String, status: HTTPResponse.Status = .ok) -> Response {
        PublicCSRF.page(renderer.html(template, view, status: status), token: token, secure: configuration.secureCookies)
    }

    private func form(_ request: Request, _ context: OtklikRequestContext) async throws -> WebForm {
        try await WebForm.read(request, context: context, csrf: PublicCSRF.sent(request))
    }

    private func list(_ request: Request) async throws -> Response {
        let voter = try await residents.resident(request)
        var items: [ListView.Item] = []
        for poll in try await desk.store.polls() {
            let resource = try await desk.resource(poll, voter: voter)
            items.append(ListView.Item(poll: resource, period: "\(format.day(poll.opensAt) ?? "") — \(format.day(poll.closesAt) ?? "")"))
        }
        return renderer.html("public-polls", ListView(items: items, empty: items.isEmpty, signedIn: voter))
    }

    private func pollPage(
        _ request: Request, id: String, justVoted: Bool, errors: [FieldError] = [], problem: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let poll = try await desk.poll(id)
        let voter = try await residents.resident(request)
        let token = csrf(request)
        let view = PollPageView(
            poll: try await desk.resource(poll, voter: voter), csrf: token, format: format, signedIn: voter != nil,
            references: try await desk.store.references(), errors: errors, justVoted: justVoted, problem: problem
        )
        return html("public-poll", view, token: token, status: status)
    }

    private func vote(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let id = context.parameters.get("id") ?? ""
        let poll = try await desk.poll(id)
        let fields: WebForm
        do {
            fields = try await form(request, context)
        } catch {
            return try await pollPage(request, id: id, justVoted: false, problem: "Форма устарела: ответьте ещё раз", status: .forbidden)
        }
        do {
            let ballot = try PollFormFields.ballot(fields, for: poll)
            try await desk.vote(ballot, in: poll, voter: try await residents.resident(request))
        } catch let problem as Problem {
            return try await pollPage(
                request, id: id, justVoted: false, errors: problem.errors ?? [], problem: problem.detail ?? problem.title, status: problem.status
            )
        }
        return Response.redirect(to: "/public/polls/\(id)?voted=1", type: .normal)
    }

    private func login(_ request: Request, _ view: LoginView, status: HTTPResponse.Status = .ok) -> Response {
        var view = view
        view.csrf = csrf(request)
        if let oidc {
            view.oidcTitle = oidc.settings.title
            view.oidcLink = "/public/login/oidc?next=" + (view.next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/public")
        }
        return html("public-login", view, token: view.csrf, status: status)
    }

    private func startOIDC(_ request: Request) async throws -> Response {
        guard let oidc else { throw Problem.notFound("Вход через внешнего поставщика не настроен") }
        let next = WebSession.safeReturnPath(request.uri.queryParameters.get("next"))
        do {
            let (location, value) = try await oidc.start(next: next)
            var response = Response.redirect(to: location, type: .found)
            response.setCookie(WebSession.cookie(OIDCLogin.cookie, value: value, maxAge: 600, secure: configuration.secureCookies))
            return response
        } catch let failure as OIDCLogin.Failure {
            return login(request, LoginView(csrf: "", next: next, email: "", codeSent: false, error: "Вход через \(oidc.settings.title) недоступен: \(failure.detail)"), status: .badGateway)
        }
    }

    private func finishOIDC(_ request: Request) async throws -> Response {
        guard let oidc else { throw Problem.notFound("Вход через внешнего поставщика не настроен") }
        let query = request.uri.queryParameters
        let failed = { (detail: String, status: HTTPResponse.Status) in
            login(request, LoginView(csrf: "", next: "/public", email: "", codeSent: false, error: "Вход через \(oidc.settings.title) не удался: \(detail)"), status: status)
        }
        guard let code = query.get("code"), let state = query.get("state") else {
            return failed(query.get("error") == "access_denied" ? "вы отказались от входа" : "поставщик не вернул код", .badRequest)
        }
        let signedIn: (email: String, next: String)
        do {
            signedIn = try await oidc.finish(code: code, state: state, cookie: request.cookies[OIDCLogin.cookie]?.value)
        } catch let failure as OIDCLogin.Failure {
            return failed(failure.detail, .badRequest)
        }
        let token = try await residents.openSession(verified: signedIn.email)
        var response = Response.redirect(to: signedIn.next, type: .normal)
        response.setCookie(WebSession.cookie(ResidentAccess.cookie, value: token, maxAge: Int(EmailCode.sessionLifetime), secure: configuration.secureCookies))
        response.setCookie(WebSession.expired(OIDCLogin.cookie, secure: configuration.secureCookies))
        return response
    }

    private func sendCode(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let fields = try await form(request, context)
        let next = WebSession.safeReturnPath(fields["next"])
        let email = fields["email"] ?? ""
        do {
            try await residents.sendCode(to: email, from: context.remoteAddress)
        } catch let problem as Problem {
            return login(request, LoginView(csrf: "", next: next, email: email, codeSent: false, error: problem.errors?.first?.message ?? problem.detail), status: problem.status)
        }
        return login(request, LoginView(csrf: "", next: next, email: EmailCode.normalized(email), codeSent: true))
    }

    private func enterCode(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let fields = try await form(request, context)
        let next = WebSession.safeReturnPath(fields["next"])
        let email = fields["email"] ?? ""
        let token: String
        do {
            token = try await residents.openSession(email: email, code: fields["code"] ?? "")
        } catch let problem as Problem {
            return login(request, LoginView(csrf: "", next: next, email: email, codeSent: true, error: problem.errors?.first?.message ?? problem.detail), status: problem.status)
        }
        var response = Response.redirect(to: next, type: .normal)
        response.setCookie(WebSession.cookie(ResidentAccess.cookie, value: token, maxAge: Int(EmailCode.sessionLifetime), secure: configuration.secureCookies))
        return response
    }
}
