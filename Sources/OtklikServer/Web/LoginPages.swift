import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// Login, logout and the password change: the session cookie's whole life.
struct LoginPages {
    let store: AppealStore
    let configuration: ServerConfiguration
    let renderer: PageRenderer

    struct LoginView {
        var csrf: String
        var next: String
        var login: String
        var error: String?
    }

    struct PasswordView {
        var chrome: PageChrome
        var errors: [String: String]
        var done: Bool
    }

    func register(on router: Router<OtklikRequestContext>, pages: RouterGroup<OtklikRequestContext>) {
        router.get("/login") { request, _ in loginPage(next: request.uri.queryParameters.get("next"), login: "", error: nil) }
        router.post("/login") { request, context in try await login(request, context) }
        pages.post("/logout") { request, context in try await logout(request, context) }
        pages.get("/account/password") { _, context in
            renderer.html("password", PasswordView(chrome: try PageChrome(title: "Смена пароля", context: context), errors: [:], done: false))
        }
        pages.post("/account/password") { request, context in try await changePassword(request, context) }
    }

    private var cookieLifetime: Int { Int(configuration.tokenLifetime) }

    private func loginPage(next: String?, login: String, error: String?, status: HTTPResponse.Status = .ok) -> Response {
        let csrf = TokenHash.newToken()
        var response = renderer.html(
            "login", LoginView(csrf: csrf, next: WebSession.safeReturnPath(next), login: login, error: error), status: status
        )
        response.setCookie(WebSession.cookie(WebSession.loginCookieName, value: csrf, maxAge: 3600, secure: configuration.secureCookies))
        return response
    }

    private func login(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let form: WebForm
        do {
            form = try await WebForm.read(request, context: context, csrf: request.cookies[WebSession.loginCookieName]?.value)
        } catch {
            return loginPage(next: nil, login: "", error: "Форма входа устарела: введите логин и пароль ещё раз", status: .forbidden)
        }
        let login = form["login"] ?? ""
        let password = form.fields["password"] ?? ""
        guard let user = try await Accounts.verify(login: login, password: password, in: store) else {
            return loginPage(next: form["next"], login: login, error: "Неверный логин или пароль", status: .unauthorized)
        }
        let token = TokenHash.newToken()
        try await store.saveToken(hash: TokenHash.of(token), userId: user.id, expiresAt: Timestamp.now().addingTimeInterval(configuration.tokenLifetime))
        context.logger.info("Web login", metadata: ["login": .string(user.login)])
        var response = Response.redirect(to: WebSession.safeReturnPath(form["next"]), type: .found)
        response.setCookie(WebSession.cookie(WebSession.cookieName, value: token, maxAge: cookieLifetime, secure: configuration.secureCookies))
        response.setCookie(WebSession.expired(WebSession.loginCookieName, secure: configuration.secureCookies))
        return response
    }

    private func logout(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let token = context.sessionToken ?? ""
        _ = try await WebForm.read(request, context: context)
        try await store.deleteToken(hash: TokenHash.of(token))
        var response = Response.redirect(to: "/login", type: .found)
        response.setCookie(WebSession.expired(WebSession.cookieName, secure: configuration.secureCookies))
        return response
    }

    private func changePassword(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let token = context.sessionToken ?? ""
        let form = try await WebForm.read(request, context: context)
        let current = form.fields["current"] ?? ""
        let new = form.fields["new"] ?? ""
        var errors: [String: String] = [:]
        if try await Accounts.verify(login: user.login, password: current, in: store) == nil {
            errors["current"] = "Текущий пароль введён неверно"
        }
        if new.count < Accounts.minimumPasswordLength {
            errors["new"] = "Новый пароль не короче \(Accounts.minimumPasswordLength) символов"
        } else if new != form.fields["repeat"] {
            errors["repeat"] = "Пароли не совпадают"
        }
        guard errors.isEmpty else {
            return renderer.html("password", PasswordView(chrome: try PageChrome(title: "Смена пароля", context: context), errors: errors, done: false), status: .unprocessableContent)
        }
        try await Accounts.changePassword(of: user, to: new, cost: configuration.bcryptCost, keeping: TokenHash.of(token), in: store)
        return renderer.html("password", PasswordView(chrome: try PageChrome(title: "Смена пароля", context: context), errors: [:], done: true))
    }
}
