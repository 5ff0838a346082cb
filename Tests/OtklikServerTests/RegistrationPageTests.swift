import Foundation
import OtklikCore
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("Registering a letter, a phone message or a visit on the page")
struct RegistrationPageTests {
    @Test("a registered letter gets its number once, even when the same form is sent twice", arguments: TestDatabase.kinds)
    func registersOnce(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let session = try await api.session("operator")
            let page = try await api.page(.get, "/appeals/new", cookies: ["otklik_session": session])
            #expect(page.status == .ok)
            let form = [
                "_csrf": try #require(page.hidden("_csrf")), "formId": try #require(page.hidden("formId")), "kind": "appeal",
                "channel": "phone", "receivedAt": "2026-11-20T09:30", "author.name": "Петров Пётр Петрович",
                "author.phone": "+7 (863) 123-45-67", "text": "Телефонограмма: во дворе дома 7 по ул. Мира не вывезен мусор",
                "municipalityId": "60701000", "topicId": "roads.repair",
            ]
            let first = try await api.page(.post, "/appeals/new", cookies: ["otklik_session": session], form: form)
            #expect(first.status == .seeOther)
            let location = try #require(first.location)
            #expect(location.hasSuffix("?registered=new"))
            let again = try await api.page(.post, "/appeals/new", cookies: ["otklik_session": session], form: form)
            #expect(again.location == location.replacingOccurrences(of: "registered=new", with: "registered=again"))
            #expect(try await api.counts().appeals == 1)

            let id = String(location.dropFirst("/appeals/".count).prefix { $0 != "?" })
            let appeal = try #require(try await api.store.appeal(id: id, visibleTo: .all))
            #expect(appeal.channel == .phone)
            #expect(appeal.author.name == "Петров Пётр Петрович")
            #expect(Timestamp.iso(appeal.receivedAt) == "2026-11-20T06:30:00.000Z", "09:30 Moscow time")
            let card = try await api.page(.get, location, cookies: ["otklik_session": session])
            #expect(card.html.contains("Обращение зарегистрировано"))
            #expect(card.html.contains(appeal.number))
        }
    }

    @Test("a form with errors comes back with each reason beside its field and everything typed kept; nothing is written", arguments: TestDatabase.kinds)
    func errorsKeepInput(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let session = try await api.session("operator")
            let page = try await api.page(.get, "/appeals/new", cookies: ["otklik_session": session])
            let reply = try await api.page(
                .post, "/appeals/new", cookies: ["otklik_session": session],
                form: [
                    "_csrf": try #require(page.hidden("_csrf")), "formId": try #require(page.hidden("formId")), "kind": "appeal",
                    "channel": "letter", "author.name": "Сидорова А. В.", "author.phone": "звоните вечером", "text": "  ",
                ]
            )
            #expect(reply.status == .unprocessableContent)
            #expect(reply.html.contains("Текст обращения не может быть пустым"))
            #expect(reply.html.contains("Неверный номер телефона"))
            #expect(reply.html.contains(#"value="Сидорова А. В.""#))
            #expect(reply.html.contains(#"value="звоните вечером""#))
            #expect(reply.hidden("formId") == page.hidden("formId"), "a corrected form is still the same form")
            #expect(try await api.counts().appeals == 0)

            let channel = try await api.page(
                .post, "/appeals/new", cookies: ["otklik_session": session],
                form: ["_csrf": try #require(page.hidden("_csrf")), "kind": "appeal", "channel": "vk", "text": "Текст", "receivedAt": "вчера"]
            )
            #expect(channel.html.contains("Выберите, как поступило"))
            #expect(channel.html.contains("Дата и время в формате"))
        }
    }

    @Test("only roles that take in appeals may register them", arguments: TestDatabase.kinds)
    func onlyIntakeRoles(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let session = try await api.session("exec1")
            let page = try await api.page(.get, "/appeals/new", cookies: ["otklik_session": session])
            #expect(page.status == .forbidden)
            #expect(page.html.contains("не регистрирует обращения"))
            #expect(!(try await api.page(.get, "/", cookies: ["otklik_session": session]).html.contains(#"href="/appeals/new""#)))
        }
    }
}
