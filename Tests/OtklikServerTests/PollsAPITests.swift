import Foundation
import HTTPTypes
import OtklikCore
import OtklikServer
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("Polls over the API: the centre puts one, a resident signs in by an e-mail code and votes once")
struct PollsAPITests {
    static func isoDate(_ offset: TimeInterval) -> String { Timestamp.iso(Date().addingTimeInterval(offset)) }

    static func pollBody(opens: TimeInterval = -3600, closes: TimeInterval = 86_400, residentsOnly: Bool = true) -> [String: Any] {
        [
            "title": "Какой двор благоустроить в 2027 году", "municipalityId": "60701000", "residentsOnly": residentsOnly,
            "opensAt": isoDate(opens), "closesAt": isoDate(closes),
            "questions": [
                ["id": "yard", "text": "Какой двор первым?", "kind": "single", "options": ["ул. Садовая, 5", "ул. Мира, 12"]],
                ["id": "order", "text": "Что важнее?", "kind": "ranking", "options": ["Освещение", "Площадка", "Парковка"]],
                ["id": "say", "text": "Ваши предложения", "kind": "text"],
            ],
        ]
    }

    /// Asks for a code as a resident and reads it from the letter waiting in the outbox.
    static func signIn(_ email: String, _ api: APIHarness) async throws -> String {
        let asked = try await api.send(.post, "/api/v1/public/codes", json: ["email": email])
        #expect(asked.status == .accepted)
        let letter = try #require(try await api.store.outbox().first { $0.recipient == EmailCode.normalized(email) && $0.message.kind == .code })
        let code = String(letter.message.text.filter(\.isNumber).prefix(6))
        let session = try await api.send(.post, "/api/v1/public/sessions", json: ["email": email, "code": code])
        #expect(session.status == .created)
        return try #require(session.object["token"] as? String)
    }

    @Test("only the centre's heads put polls; a poll without questions or with one option is a Russian 422")
    func create() async throws {
        try await APIHarness.run(.sqlite) { api in
            let created = try await api.send(.post, "/api/v1/polls", token: try await api.token("admin"), json: Self.pollBody())
            #expect(created.status == .created)
            #expect(created.object["state"] as? String == "open")
            #expect(created.object["results"] is NSNull)
            let refused = try await api.send(.post, "/api/v1/polls", token: try await api.token("operator"), json: Self.pollBody())
            #expect(refused.status == .forbidden)
            var broken = Self.pollBody()
            broken["questions"] = [["id": "x", "text": "?", "kind": "single", "options": ["один"]]]
            let invalid = try await api.send(.post, "/api/v1/polls", token: try await api.token("admin"), json: broken)
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.errorFields == ["questions/0/options"])
            #expect(try await api.send(.get, "/api/v1/public/polls").items.count == 1)
        }
    }

    @Test("a resident signs in by a code, votes once; a second ballot from the same address is refused and not counted",
          arguments: TestDatabase.kinds)
    func voteOnce(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let created = try await api.send(.post, "/api/v1/polls", token: try await api.token("admin"), json: Self.pollBody())
            let id = try #require(created.object["id"] as? String)
            let path = "/api/v1/public/polls/\(id)"
            let ballot: [String: Any] = [
                "municipalityId": "60701000",
                "answers": ["yard": ["choices": [1]], "order": ["choices": [2, 0, 1]], "say": ["text": "Лавочки у подъезда"]],
            ]
            let anonymous = try await api.send(.post, path + "/votes", json: ballot)
            #expect(anonymous.status == .unauthorized)

            let wrongCode = try await api.send(.post, "/api/v1/public/sessions", json: ["email": "resident@example.ru", "code": "000000"])
            #expect(wrongCode.status == .unprocessableContent)
            let token = try await Self.signIn("resident@example.ru", api)
            // The queue shows that a code went, never the code.
            let queue = try await api.send(.get, "/api/v1/outbox", token: try await api.token("admin"))
            #expect(queue.text.contains("Код для входа (скрыт)"))
            let letter = try #require(try await api.store.outbox().first { $0.message.kind == .code })
            #expect(!queue.text.contains(String(letter.message.text.filter(\.isNumber).prefix(6))))

            var elsewhere = ballot
            elsewhere["municipalityId"] = NSNull()
            let notResident = try await api.send(.post, path + "/votes", token: token, json: elsewhere)
            #expect(notResident.status == .conflict)
            var unanswered = ballot
            unanswered["answers"] = ["order": ["choices": [0, 1]]]
            let invalid = try await api.send(.post, path + "/votes", token: token, json: unanswered)
            #expect(invalid.status == .unprocessableContent)
            #expect(Set(invalid.errorFields) == ["answers/yard", "answers/order"])

            let voted = try await api.send(.post, path + "/votes", token: token, json: ballot)
            #expect(voted.status == .created)
            #expect(voted.object["voted"] as? Bool == true)
            let results = try #require(voted.object["results"] as? [String: Any])
            #expect(results["ballots"] as? Int == 1)

            let again = try await Self.signIn("Resident@Example.ru", api)
            let second = try await api.send(.post, path + "/votes", token: again, json: ballot)
            #expect(second.status == .conflict)
            #expect(second.object["detail"] as? String == "С этого адреса уже голосовали в этом опросе: голосовать можно один раз")
            #expect(try await api.store.ballots(of: id).count == 1)
            let other = try await Self.signIn("neighbour@example.ru", api)
            #expect(try await api.send(.post, path + "/votes", token: other, json: ballot).status == .created)
            #expect(try await api.send(.get, path, token: other).object["ballots"] as? Int == 2)
        }
    }

    @Test("an ended poll takes no ballot and shows its results to everyone")
    func ended() async throws {
        try await APIHarness.run(.sqlite) { api in
            let created = try await api.send(
                .post, "/api/v1/polls", token: try await api.token("admin"), json: Self.pollBody(opens: -7200, closes: -60, residentsOnly: false)
            )
            let id = try #require(created.object["id"] as? String)
            let token = try await Self.signIn("late@example.ru", api)
            let late = try await api.send(
                .post, "/api/v1/public/polls/\(id)/votes", token: token, json: ["answers": ["yard": ["choices": [0]], "order": ["choices": [0, 1, 2]]]]
            )
            #expect(late.status == .conflict)
            #expect(late.object["detail"] as? String == "Голосование завершено")
            let shown = try await api.send(.get, "/api/v1/public/polls/\(id)")
            #expect(shown.object["state"] as? String == "closed")
            #expect((shown.object["results"] as? [String: Any])?["ballots"] as? Int == 0)
        }
    }

    @Test("the poll page: a resident signs in with the code, ranks with places, and two options at one place come back as a field error")
    func pages() async throws {
        try await APIHarness.run(.sqlite) { api in
            let created = try await api.send(.post, "/api/v1/polls", token: try await api.token("admin"), json: Self.pollBody(residentsOnly: false))
            let id = try #require(created.object["id"] as? String)
            let login = try await api.page(.get, "/public/login?next=%2Fpublic%2Fpolls%2F\(id)")
            let csrf = try #require(login.hidden("_csrf"))
            let cookies = ["otklik_public": csrf]
            let sent = try await api.page(.post, "/public/login", cookies: cookies, form: ["_csrf": csrf, "email": "page@example.ru", "next": "/public/polls/\(id)"])
            #expect(sent.html.contains("Код отправлен на page@example.ru"))
            let letter = try #require(try await api.store.outbox().first { $0.recipient == "page@example.ru" })
            let code = String(letter.message.text.filter(\.isNumber).prefix(6))
            let entered = try await api.page(
                .post, "/public/login/code", cookies: cookies, form: ["_csrf": csrf, "email": "page@example.ru", "code": code, "next": "/public/polls/\(id)"]
            )
            #expect(entered.location == "/public/polls/\(id)")
            let resident = try #require(entered.cookie("otklik_resident"))
            let signed = cookies.merging(["otklik_resident": resident]) { $1 }
            let page = try await api.page(.get, "/public/polls/\(id)", cookies: signed)
            #expect(page.html.contains("name=\"q.order.2\""))
            let clash = try await api.page(
                .post, "/public/polls/\(id)/vote", cookies: signed,
                form: ["_csrf": csrf, "q.yard": "0", "q.order.0": "1", "q.order.1": "1", "q.order.2": "2"]
            )
            #expect(clash.status == .unprocessableContent)
            #expect(clash.html.contains("На каждом месте — один вариант"))
            let voted = try await api.page(
                .post, "/public/polls/\(id)/vote", cookies: signed,
                form: ["_csrf": csrf, "q.yard": "0", "q.order.0": "3", "q.order.1": "1", "q.order.2": "2", "q.say": "Больше света"]
            )
            #expect(voted.status == .seeOther)
            let after = try await api.page(.get, try #require(voted.location), cookies: signed)
            #expect(after.html.contains("Спасибо, ваш голос учтён."))
            #expect(after.html.contains("Больше света"))
            let ballot = try #require(try await api.store.ballots(of: id).first)
            #expect(ballot.answers["order"]?.choices == [1, 2, 0])
        }
    }
}
