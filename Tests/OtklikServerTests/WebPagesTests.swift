import Foundation
import OtklikCore
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("The workspace's pages over a real listening server: sessions, CSRF, scope, errors beside the fields")
struct WebPagesTests {
    /// An appeal registered through the API, as the operator.
    func appeal(_ api: APIHarness) async throws -> String {
        let token = try await api.token("operator")
        let reply = try await api.send(.post, "/api/v1/appeals", token: token, json: APITests.letter)
        return try #require(reply.object["id"] as? String)
    }

    @Test("a page without a session sends the browser to the login page and remembers where it was going", arguments: TestDatabase.kinds)
    func pagesNeedASession(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let reply = try await api.page(.get, "/?status=new")
            #expect(reply.status == .found)
            #expect(reply.location == "/login?next=%2F%3Fstatus%3Dnew")
            let stale = try await api.page(.get, "/", cookies: ["otklik_session": "no-such-session"])
            #expect(stale.location?.hasPrefix("/login") == true)
        }
    }

    @Test("login sets an HttpOnly SameSite session cookie; a wrong password says so in Russian and keeps the login", arguments: TestDatabase.kinds)
    func login(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let form = try await api.page(.get, "/login")
            let csrf = try #require(form.hidden("_csrf"))
            let wrong = try await api.page(.post, "/login", cookies: ["otklik_login": csrf], form: ["_csrf": csrf, "login": "operator", "password": "не тот"])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.html.contains("Неверный логин или пароль"))
            #expect(wrong.html.contains(#"name="login" value="operator""#))
            #expect(wrong.cookie("otklik_session") == nil)

            let right = try await api.page(
                .post, "/login", cookies: ["otklik_login": csrf], form: ["_csrf": csrf, "login": "operator", "password": APIHarness.password, "next": "/?kind=appeal"]
            )
            #expect(right.status == .found)
            #expect(right.location == "/?kind=appeal")
            let cookie = try #require(right.setCookies.first { $0.hasPrefix("otklik_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            let inbox = try await api.page(.get, "/", cookies: ["otklik_session": try #require(right.cookie("otklik_session"))])
            #expect(inbox.status == .ok)
            #expect(inbox.html.contains("Оператор"))
        }
    }

    @Test("a login form without its CSRF cookie, or sent to another site's address, logs nobody in", arguments: TestDatabase.kinds)
    func loginNeedsItsCSRFToken(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let forged = try await api.page(.post, "/login", form: ["_csrf": "guess", "login": "operator", "password": APIHarness.password])
            #expect(forged.status == .forbidden)
            #expect(forged.cookie("otklik_session") == nil)
            #expect(forged.html.contains("Форма входа устарела"))
            let form = try await api.page(.get, "/login?next=https://evil.example/")
            #expect(form.hidden("next") == "/")
        }
    }

    @Test("an action without the session's CSRF token is refused and writes nothing", arguments: TestDatabase.kinds)
    func actionsNeedTheCSRFToken(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let id = try await appeal(api)
            let session = try await api.session("operator")
            let before = try await api.counts()
            let forged = try await api.page(.post, "/appeals/\(id)/actions/register", cookies: ["otklik_session": session], form: ["_csrf": "forged"])
            #expect(forged.status == .forbidden)
            #expect(forged.html.contains("Форма устарела"))
            #expect(try await api.counts() == before)
            #expect(try await api.store.appeal(id: id, visibleTo: .all)?.status == .new)

            let card = try await api.page(.get, "/appeals/\(id)", cookies: ["otklik_session": session])
            let csrf = try #require(card.hidden("_csrf"))
            let done = try await api.page(.post, "/appeals/\(id)/actions/register", cookies: ["otklik_session": session], form: ["_csrf": csrf])
            #expect(done.status == .seeOther)
            #expect(done.location == "/appeals/\(id)?done=register")
            #expect(try await api.store.appeal(id: id, visibleTo: .all)?.status == .registered)
        }
    }

    @Test("a refused action shows the reason beside the field and keeps what the user typed", arguments: TestDatabase.kinds)
    func refusedActionKeepsInput(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let id = try await appeal(api)
            let session = try await api.session("operator")
            let csrf = try #require(try await api.page(.get, "/appeals/\(id)", cookies: ["otklik_session": session]).hidden("_csrf"))
            let reply = try await api.page(
                .post, "/appeals/\(id)/actions/assign", cookies: ["otklik_session": session],
                form: ["_csrf": csrf, "bodyId": "no-such-body", "version": "1"]
            )
            #expect(reply.status == .unprocessableContent)
            #expect(reply.html.contains("Нет органа с кодом «no-such-body»"))
            #expect(reply.html.contains(#"open data-action="assign""#))
            let rejected = try await api.page(
                .post, "/appeals/\(id)/actions/reject", cookies: ["otklik_session": session], form: ["_csrf": csrf, "ground": "nonsense"]
            )
            #expect(rejected.status == .unprocessableContent)
            #expect(rejected.html.contains("Выберите основание из списка"))
            #expect(try await api.store.appeal(id: id, visibleTo: .all)?.status == .new)

            let token = try await api.token("operator")
            _ = try await api.send(.post, "/api/v1/appeals/\(id)/actions/assign", token: token, json: ["bodyId": "b1"])
            _ = try await api.send(.post, "/api/v1/appeals/\(id)/actions/accept", token: try await api.token("exec1"))
            let executor = try await api.session("exec1")
            let executorCSRF = try #require(try await api.page(.get, "/appeals/\(id)", cookies: ["otklik_session": executor]).hidden("_csrf"))
            let postponed = try await api.page(
                .post, "/appeals/\(id)/actions/postpone", cookies: ["otklik_session": executor],
                form: ["_csrf": executorCSRF, "reason": "Ждём ответа подрядчика", "until": "31 декабря"]
            )
            #expect(postponed.status == .unprocessableContent)
            #expect(postponed.html.contains("Дата в формате ДД.ММ.ГГГГ"))
            #expect(postponed.html.contains(">Ждём ответа подрядчика</textarea>"))
            #expect(postponed.html.contains(#"value="31 декабря""#))
            #expect(try await api.store.appeal(id: id, visibleTo: .all)?.status == .inProgress)
        }
    }

    @Test("an executor opening another body's appeal by its address gets «не найдено», and no trace of it", arguments: TestDatabase.kinds)
    func executorScope(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let id = try await appeal(api)
            let token = try await api.token("operator")
            _ = try await api.send(.post, "/api/v1/appeals/\(id)/actions/assign", token: token, json: ["bodyId": "b1"])
            let own = try await api.page(.get, "/appeals/\(id)", cookies: ["otklik_session": try await api.session("exec1")])
            #expect(own.status == .ok)
            #expect(own.html.contains("Принять в работу"))
            let foreign = try await api.page(.get, "/appeals/\(id)", cookies: ["otklik_session": try await api.session("exec2")])
            #expect(foreign.status == .notFound)
            #expect(foreign.html.contains("Не найдено"))
            #expect(!foreign.html.contains("Садовой"))
            let inbox = try await api.page(.get, "/", cookies: ["otklik_session": try await api.session("exec2")])
            #expect(!inbox.html.contains("/appeals/\(id)"))
        }
    }

    @Test("the inbox counts by status within the user's scope and links each counter to the same filter", arguments: TestDatabase.kinds)
    func inboxCounters(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            for _ in 0..<3 { _ = try await appeal(api) }
            let session = try await api.session("operator")
            let inbox = try await api.page(.get, "/", cookies: ["otklik_session": session])
            #expect(inbox.html.contains(#"href="/?status=new,registered,returned"><span class="count">3</span><span class="label">Новые</span>"#))
            let filtered = try await api.page(.get, "/?status=new,registered,returned", cookies: ["otklik_session": session])
            #expect(filtered.html.components(separatedBy: #"<td class="number">"#).count - 1 == 3)
            let bad = try await api.page(.get, "/?status=nonsense&from=31.12.2026", cookies: ["otklik_session": session])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.html.contains("Неизвестный статус «nonsense»"))
            #expect(bad.html.contains("Ожидается дата ISO 8601"))
        }
    }

    @Test("a saved filter belongs to its user, opens the inbox filtered the same way, and can be deleted", arguments: TestDatabase.kinds)
    func savedFilters(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            for _ in 0..<2 { _ = try await appeal(api) }
            let session = try await api.session("operator")
            let filtered = try await api.page(.get, "/?status=new&sort=oldest", cookies: ["otklik_session": session])
            let csrf = try #require(filtered.hidden("_csrf"))
            let query = try #require(filtered.hidden("query"))
            #expect(query == "status=new&sort=oldest" || query == "sort=oldest&status=new")
            let saved = try await api.page(
                .post, "/filters", cookies: ["otklik_session": session], form: ["_csrf": csrf, "name": "Новые, старые первыми", "query": query]
            )
            #expect(saved.location == "/?" + query)
            let inbox = try await api.page(.get, "/", cookies: ["otklik_session": session])
            #expect(inbox.html.contains(">Новые, старые первыми</a>"))
            #expect(inbox.html.contains(#"href="/?\#(query.replacingOccurrences(of: "&", with: "&amp;"))""#))
            let admin = try await api.session("admin")
            let other = try await api.page(.get, "/", cookies: ["otklik_session": admin])
            #expect(!other.html.contains("Новые, старые первыми"))
            let filter = try #require(try await api.store.savedFilters(for: "u-op").first)
            let foreign = try await api.page(
                .post, "/filters/\(filter.id)/delete", cookies: ["otklik_session": admin],
                form: ["_csrf": try #require(other.hidden("_csrf"))]
            )
            #expect(foreign.status == .notFound)
            let deleted = try await api.page(.post, "/filters/\(filter.id)/delete", cookies: ["otklik_session": session], form: ["_csrf": csrf])
            #expect(deleted.status == .seeOther)
            #expect(try await api.store.savedFilters(for: "u-op").isEmpty)
        }
    }

    @Test("the inbox pages in the chosen order: oldest first lists the first received first", arguments: TestDatabase.kinds)
    func inboxOrder(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let first = try await appeal(api)
            let second = try await appeal(api)
            let session = try await api.session("operator")
            let oldest = try await api.page(.get, "/?sort=oldest", cookies: ["otklik_session": session]).html
            let newest = try await api.page(.get, "/", cookies: ["otklik_session": session]).html
            let a = try #require(oldest.range(of: "/appeals/\(first)")), b = try #require(oldest.range(of: "/appeals/\(second)"))
            #expect(a.lowerBound < b.lowerBound)
            let c = try #require(newest.range(of: "/appeals/\(first)")), d = try #require(newest.range(of: "/appeals/\(second)"))
            #expect(d.lowerBound < c.lowerBound)
            let bad = try await api.page(.get, "/?sort=random", cookies: ["otklik_session": session])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.html.contains("Порядок: Допустимые значения: newest, oldest, due"))
        }
    }

    @Test("logout ends the session: the same cookie no longer opens a page", arguments: TestDatabase.kinds)
    func logout(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let session = try await api.session("operator")
            let csrf = try #require(try await api.page(.get, "/", cookies: ["otklik_session": session]).hidden("_csrf"))
            let out = try await api.page(.post, "/logout", cookies: ["otklik_session": session], form: ["_csrf": csrf])
            #expect(out.location == "/login")
            #expect(try await api.page(.get, "/", cookies: ["otklik_session": session]).status == .found)
        }
    }

    @Test("a password change checks the current one, ends other sessions and lets the new one in", arguments: TestDatabase.kinds)
    func passwordChange(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let session = try await api.session("operator")
            let other = try await api.session("operator")
            let csrf = try #require(try await api.page(.get, "/account/password", cookies: ["otklik_session": session]).hidden("_csrf"))
            let wrong = try await api.page(
                .post, "/account/password", cookies: ["otklik_session": session], form: ["_csrf": csrf, "current": "не тот", "new": "короткий1", "repeat": "другой12"]
            )
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.html.contains("Текущий пароль введён неверно"))
            #expect(wrong.html.contains("Пароли не совпадают"))
            let done = try await api.page(
                .post, "/account/password", cookies: ["otklik_session": session],
                form: ["_csrf": csrf, "current": APIHarness.password, "new": "новый-пароль-2026", "repeat": "новый-пароль-2026"]
            )
            #expect(done.html.contains("Пароль изменён"))
            #expect(try await api.page(.get, "/", cookies: ["otklik_session": session]).status == .ok)
            #expect(try await api.page(.get, "/", cookies: ["otklik_session": other]).status == .found)
            let reply = try await api.send(.post, "/api/v1/auth/token", json: ["login": "operator", "password": "новый-пароль-2026"])
            #expect(reply.status == .ok)
        }
    }
}
