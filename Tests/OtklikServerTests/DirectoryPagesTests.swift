import Foundation
import OtklikCore
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("The administrator's directories: municipalities, bodies, the rubricator, users")
struct DirectoryPagesTests {
    /// The CSRF token of an administrator's directory page, with the session.
    func admin(_ api: APIHarness, _ path: String) async throws -> (session: String, csrf: String) {
        let session = try await api.session("admin")
        let page = try await api.page(.get, path, cookies: ["otklik_session": session])
        #expect(page.status == .ok)
        return (session, try #require(page.hidden("_csrf")))
    }

    @Test("a new municipality is saved and listed; a wrong ОКТМО code and population are named beside their fields", arguments: TestDatabase.kinds)
    func municipalities(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let (session, csrf) = try await admin(api, "/admin/municipalities")
            let wrong = try await api.page(
                .post, "/admin/municipalities", cookies: ["otklik_session": session],
                form: ["_csrf": csrf, "oktmo": "6065", "name": "Цимлянский район", "population": "много"]
            )
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.html.contains("Код ОКТМО: 8 или 11 цифр"))
            #expect(wrong.html.contains("Численность — целое число"))
            #expect(wrong.html.contains(#"value="Цимлянский район""#))
            #expect(try await api.store.references().municipalities.count == 1)
            let saved = try await api.page(
                .post, "/admin/municipalities", cookies: ["otklik_session": session],
                form: ["_csrf": csrf, "oktmo": "60657000", "name": "Цимлянский район", "population": "31 000", "lat": "47,6477", "lon": "42.0964"]
            )
            #expect(saved.status == .seeOther)
            let stored = try #require(try await api.store.references().municipalities.first { $0.oktmo == "60657000" })
            #expect(stored.population == 31_000)
            #expect(stored.centre == GeoPoint(lat: 47.6477, lon: 42.0964))
            let list = try await api.page(.get, try #require(saved.location), cookies: ["otklik_session": session])
            #expect(list.html.contains("Сохранено: Цимлянский район"))
        }
    }

    @Test("a body is saved with its municipality and blocks; editing keeps its code and changes its name", arguments: TestDatabase.kinds)
    func bodies(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let (session, csrf) = try await admin(api, "/admin/bodies")
            let bad = try await api.page(
                .post, "/admin/bodies", cookies: ["otklik_session": session], form: ["_csrf": csrf, "id": "Отдел ЖКХ", "name": ""]
            )
            #expect(bad.html.contains("Код: строчные латинские буквы"))
            #expect(bad.html.contains("Укажите наименование"))
            let form = WebFormBody.pairs([
                ("_csrf", csrf), ("id", "60701000-zhkh"), ("name", "Департамент ЖКХ"), ("municipalityId", "60701000"),
                ("blockIds", "zhkh"), ("blockIds", "water"),
            ])
            #expect(try await api.page(.post, "/admin/bodies", cookies: ["otklik_session": session], rawForm: form).status == .seeOther)
            let body = try #require(try await api.store.references().bodies.first { $0.id == "60701000-zhkh" })
            #expect(body.blockIds == ["zhkh", "water"])
            #expect(body.municipalityId == "60701000")
            let edit = try await api.page(.get, "/admin/bodies?edit=60701000-zhkh", cookies: ["otklik_session": session])
            #expect(edit.html.contains(#"value="Департамент ЖКХ""#))
            #expect(edit.html.contains(#"value="zhkh" checked"#))
        }
    }

    @Test("a body's official page is recorded for K11, which the indicators page then counts; a malformed address is refused", arguments: TestDatabase.kinds)
    func officialPage(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let (session, csrf) = try await admin(api, "/admin/bodies")
            let fields = ["_csrf": csrf, "id": "b1", "name": "Администрация города", "municipalityId": "60701000"]
            let wrong = try await api.page(.post, "/admin/bodies", cookies: ["otklik_session": session], form: fields.merging(["officialPage": "vk.com/adm"]) { $1 })
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.html.contains("Адрес официальной страницы: ссылка http(s)"))
            #expect(try await api.store.references().bodies.first { $0.id == "b1" }?.officialPage == nil)
            let saved = try await api.page(
                .post, "/admin/bodies", cookies: ["otklik_session": session], form: fields.merging(["officialPage": "https://vk.com/admrostov"]) { $1 }
            )
            #expect(saved.status == .seeOther)
            #expect(try await api.store.references().bodies.first { $0.id == "b1" }?.officialPage == "https://vk.com/admrostov")
            let indicators = try await api.page(.get, "/indicators", cookies: ["otklik_session": session])
            #expect(indicators.html.contains("K11 Доля организаций с официальной страницей: 1 из 2 (50,0 %)"))
            let city = try await api.page(.get, "/indicators?municipality=60701000", cookies: ["otklik_session": session])
            #expect(city.html.contains("K11 Доля организаций с официальной страницей: 1 из 1 (100,0 %)"))
            let log = try await api.page(.get, "/admin/changes", cookies: ["otklik_session": session])
            #expect(log.html.contains("<td>Админ</td><td>Орган</td><td><code>b1</code></td>"))
            #expect(log.html.contains("officialPage: — → &quot;https://vk.com/admrostov&quot;"))
        }
    }

    @Test("a block and a topic are added to the rubricator and offered at once in the registration form", arguments: TestDatabase.kinds)
    func rubricator(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let (session, csrf) = try await admin(api, "/admin/topics")
            let block = try await api.page(
                .post, "/admin/topics", cookies: ["otklik_session": session], form: ["_csrf": csrf, "form": "block", "blockId": "culture", "blockName": "Культура"]
            )
            #expect(block.status == .seeOther)
            let orphan = try await api.page(
                .post, "/admin/topics", cookies: ["otklik_session": session],
                form: ["_csrf": csrf, "form": "topic", "topicId": "culture.libraries", "topicName": "Библиотеки", "topicBlockId": ""]
            )
            #expect(orphan.html.contains("Выберите отраслевой блок"))
            let topic = try await api.page(
                .post, "/admin/topics", cookies: ["otklik_session": session],
                form: ["_csrf": csrf, "form": "topic", "topicId": "culture.libraries", "topicName": "Библиотеки", "topicBlockId": "culture"]
            )
            #expect(topic.status == .seeOther)
            #expect(try await api.store.references().rubricator.topic("culture.libraries")?.blockId == "culture")
            let register = try await api.page(.get, "/appeals/new", cookies: ["otklik_session": session])
            #expect(register.html.contains("Культура — Библиотеки"))
        }
    }

    @Test("a topic's keywords are shown in its form, changed, cleared, and a too long one is refused beside the field", arguments: TestDatabase.kinds)
    func topicKeywords(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let (session, csrf) = try await admin(api, "/admin/topics")
            let edit = try await api.page(.get, "/admin/topics?edit=roads.repair", cookies: ["otklik_session": session])
            #expect(edit.html.contains("яма на дороге, ямы, асфальт, ремонт дороги, разбитая дорога</textarea>"))
            let fields = ["_csrf": csrf, "form": "topic", "topicId": "roads.repair", "topicName": "Ремонт дорог и ямы", "topicBlockId": "roads"]
            let saved = try await api.page(
                .post, "/admin/topics", cookies: ["otklik_session": session], form: fields.merging(["topicKeywords": "выбоина,\nколея , , провал асфальта"]) { $1 }
            )
            #expect(saved.status == .seeOther)
            #expect(try await api.store.references().rubricator.topic("roads.repair")?.keywords == ["выбоина", "колея", "провал асфальта"])
            let long = try await api.page(
                .post, "/admin/topics", cookies: ["otklik_session": session], form: fields.merging(["topicKeywords": String(repeating: "я", count: 101)]) { $1 }
            )
            #expect(long.status == .unprocessableContent)
            #expect(long.html.contains("Ключевых слов не больше 100"))
            #expect(try await api.store.references().rubricator.topic("roads.repair")?.keywords == ["выбоина", "колея", "провал асфальта"])
            _ = try await api.page(.post, "/admin/topics", cookies: ["otklik_session": session], form: fields.merging(["topicKeywords": ""]) { $1 })
            #expect(try await api.store.references().rubricator.topic("roads.repair")?.keywords?.isEmpty != false)
        }
    }

    @Test("a user is added with a role and can log in; a taken login and a short password are refused", arguments: TestDatabase.kinds)
    func users(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let (session, csrf) = try await admin(api, "/admin/users")
            let taken = try await api.page(
                .post, "/admin/users", cookies: ["otklik_session": session],
                form: ["_csrf": csrf, "login": "operator", "name": "Ещё один", "role": "operator", "password": "123"]
            )
            #expect(taken.status == .unprocessableContent)
            #expect(taken.html.contains("Пароль не короче 8 символов"))
            #expect(!taken.html.contains(#"value="123""#), "a password is never sent back")
            let added = try await api.page(
                .post, "/admin/users", cookies: ["otklik_session": session],
                form: ["_csrf": csrf, "login": "exec-b2", "name": "Смирнов С. С.", "role": "executor", "bodyId": "b2", "password": "первый-пароль"]
            )
            #expect(added.status == .seeOther)
            let reply = try await api.send(.post, "/api/v1/auth/token", json: ["login": "exec-b2", "password": "первый-пароль"])
            #expect(reply.status == .ok)
            #expect((reply.object["user"] as? [String: Any])?["bodyId"] as? String == "b2")
        }
    }

    @Test("a user's role is changed in place, and a blocked user can neither log in nor use a session", arguments: TestDatabase.kinds)
    func editAndBlockUsers(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let (session, csrf) = try await admin(api, "/admin/users")
            let executorSession = try await api.session("exec1")
            let edit = try await api.page(.get, "/admin/users?edit=u-e1", cookies: ["otklik_session": session])
            #expect(edit.html.contains("Логин: <strong>exec1</strong>"))
            let moved = try await api.page(
                .post, "/admin/users", cookies: ["otklik_session": session],
                form: ["_csrf": csrf, "id": "u-e1", "name": "Исполнитель 1", "role": "executor", "bodyId": "b2"]
            )
            #expect(moved.status == .seeOther)
            #expect(try await api.store.users().first { $0.id == "u-e1" }?.bodyId == "b2")
            let noBody = try await api.page(
                .post, "/admin/users", cookies: ["otklik_session": session], form: ["_csrf": csrf, "id": "u-e1", "name": "Исполнитель 1", "role": "executor"]
            )
            #expect(noBody.html.contains("Исполнителю нужен орган"))

            let blocked = try await api.page(.post, "/admin/users/u-e1/block", cookies: ["otklik_session": session], form: ["_csrf": csrf])
            #expect(blocked.status == .seeOther)
            #expect(try await api.page(.get, "/", cookies: ["otklik_session": executorSession]).status == .found)
            #expect(try await api.send(.post, "/api/v1/auth/token", json: ["login": "exec1", "password": APIHarness.password]).status == .unauthorized)
            #expect(try await api.page(.get, "/admin/users", cookies: ["otklik_session": session]).html.contains("заблокирован"))
            let selfBlock = try await api.page(.post, "/admin/users/u-admin/block", cookies: ["otklik_session": session], form: ["_csrf": csrf])
            #expect(selfBlock.status == .forbidden)
            _ = try await api.page(.post, "/admin/users/u-e1/unblock", cookies: ["otklik_session": session], form: ["_csrf": csrf])
            #expect(try await api.send(.post, "/api/v1/auth/token", json: ["login": "exec1", "password": APIHarness.password]).status == .ok)
        }
    }

    @Test("only an administrator opens or changes a directory", arguments: TestDatabase.kinds)
    func onlyAdministrators(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let session = try await api.session("operator")
            let page = try await api.page(.get, "/admin/bodies", cookies: ["otklik_session": session])
            #expect(page.status == .forbidden)
            #expect(page.html.contains("Справочники ведёт администратор"))
            let csrf = try #require(try await api.page(.get, "/", cookies: ["otklik_session": session]).hidden("_csrf"))
            let post = try await api.page(
                .post, "/admin/bodies", cookies: ["otklik_session": session], form: ["_csrf": csrf, "id": "x1", "name": "Самовольный орган"]
            )
            #expect(post.status == .forbidden)
            #expect(try await api.store.references().bodies.allSatisfy { $0.id != "x1" })
        }
    }
}
