import Foundation
import OtklikCore
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("Term alerts in the browser: the count in the header, the list, marking read; an address for letters")
struct NotificationsPageTests {
    /// A letter received ten days ago and never registered: its term has passed, so the centre is alerted.
    func lateAppeal(_ api: APIHarness) async throws -> Appeal {
        var draft = AppealDraft(kind: .appeal, channel: .letter, text: "Не вывозят мусор", municipalityId: "60701000", topicId: "roads.repair")
        draft.receivedAt = Timestamp.now().addingTimeInterval(-10 * 86_400)
        let appeal = try await api.store.intake([draft], by: User(id: "u-op", login: "operator", name: "Оператор", role: .operator))[0].appeal
        #expect(try await api.store.raiseTermAlerts(soon: 3600) > 0)
        return appeal
    }

    @Test("the operator sees the escalation counted in the header and listed; marked read, the count goes", arguments: TestDatabase.kinds)
    func listAndMarkRead(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let appeal = try await lateAppeal(api)
            let session = try await api.session("operator")
            let inbox = try await api.page(.get, "/", cookies: ["otklik_session": session])
            #expect(inbox.html.contains(#"Уведомления <span class="badge" aria-label="непрочитанных: 1">1</span>"#))
            let list = try await api.page(.get, "/notifications", cookies: ["otklik_session": session])
            #expect(list.status == .ok)
            #expect(list.html.contains("Просрочено: по обращению \(appeal.number)"))
            #expect(list.html.contains(#"href="/appeals/\#(appeal.id)""#))
            let id = try #require(try await api.store.notifications(for: User(id: "u-op", login: "operator", name: "Оператор", role: .operator)).first?.id)

            let forged = try await api.page(.post, "/notifications/\(id)/read", cookies: ["otklik_session": session], form: ["_csrf": "forged"])
            #expect(forged.status == .forbidden)
            #expect(try await api.page(.get, "/", cookies: ["otklik_session": session]).html.contains(#"class="badge""#))

            let csrf = try #require(list.hidden("_csrf"))
            let read = try await api.page(.post, "/notifications/\(id)/read", cookies: ["otklik_session": session], form: ["_csrf": csrf])
            #expect(read.status == .seeOther)
            #expect(read.location == "/notifications?marked=1")
            let after = try await api.page(.get, "/notifications?unread=1", cookies: ["otklik_session": session])
            #expect(!after.html.contains(#"class="badge""#))
            #expect(after.html.contains("Уведомлений нет."))
        }
    }

    @Test("an executor of another body sees none; «отметить все» marks every unread one at once", arguments: TestDatabase.kinds)
    func scopeAndMarkAll(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            _ = try await lateAppeal(api)
            let other = try await api.session("exec2")
            let theirs = try await api.page(.get, "/notifications", cookies: ["otklik_session": other])
            #expect(theirs.html.contains("Уведомлений нет."))
            #expect(!theirs.html.contains(#"class="badge""#))

            let session = try await api.session("operator")
            let list = try await api.page(.get, "/notifications", cookies: ["otklik_session": session])
            let all = try await api.page(.post, "/notifications/read", cookies: ["otklik_session": session], form: ["_csrf": try #require(list.hidden("_csrf"))])
            #expect(all.location == "/notifications?marked=1")
            #expect(!(try await api.page(.get, "/notifications", cookies: ["otklik_session": session]).html.contains(">Прочитано</button>")))
            #expect(!(try await api.page(.get, "/", cookies: ["otklik_session": session]).html.contains(#"class="badge""#)))
        }
    }

    @Test("an administrator gives a user an address for alert letters; a malformed one is refused beside its field", arguments: TestDatabase.kinds)
    func userEmail(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let session = try await api.session("admin")
            let page = try await api.page(.get, "/admin/users?edit=u-e1", cookies: ["otklik_session": session])
            let csrf = try #require(page.hidden("_csrf"))
            let fields = ["_csrf": csrf, "id": "u-e1", "name": "Исполнитель 1", "role": "executor", "bodyId": "b1"]
            let wrong = try await api.page(.post, "/admin/users", cookies: ["otklik_session": session], form: fields.merging(["email": "не-адрес"]) { $1 })
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.html.contains("Неверный адрес электронной почты"))
            #expect(try await api.store.users().first { $0.id == "u-e1" }?.email == nil)
            let saved = try await api.page(.post, "/admin/users", cookies: ["otklik_session": session], form: fields.merging(["email": "exec1@city.ru"]) { $1 })
            #expect(saved.status == .seeOther)
            #expect(try await api.store.users().first { $0.id == "u-e1" }?.email == "exec1@city.ru")
            #expect(try await api.page(.get, "/admin/users", cookies: ["otklik_session": session]).html.contains("exec1@city.ru"))
        }
    }
}
