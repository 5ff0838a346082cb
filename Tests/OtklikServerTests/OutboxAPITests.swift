import Foundation
import OtklikCore
import OtklikServer
import OtklikStore
import Testing

@Suite("The outbox for the administrator: dead messages listed with their error, replayed once")
struct OutboxAPITests {
    @Test("an administrator sees a dead message with its last error and replays it; others may not; a second replay is 404")
    func deadLetters() async throws {
        try await APIHarness.run(.sqlite) { api in
            let op = User(id: "u-op", login: "operator", name: "Оператор", role: .operator)
            let draft = AppealDraft(kind: .message, channel: .telegram, externalId: "42:1", text: "Не вывезли мусор", municipalityId: "60701000")
            _ = try await api.store.intake([draft], by: op)
            let claimed = try await api.store.claimOutbox(limit: 10, lease: 60)
            let id = try #require(claimed.first?.id)
            try await api.store.markFailed(id, error: "Bot API sendMessage: Forbidden: bot was blocked by the user", retryAt: nil)

            let admin = try await api.token("admin")
            let dead = try await api.send(.get, "/api/v1/outbox?state=dead", token: admin)
            #expect(dead.status == .ok)
            #expect(dead.items.map { $0["id"] as? String } == [id])
            #expect(dead.items.first?["stateTitle"] as? String == "Не доставлено")
            #expect(dead.items.first?["lastError"] as? String == "Bot API sendMessage: Forbidden: bot was blocked by the user")
            #expect(dead.items.first?["kind"] as? String == "receipt")
            #expect(try await api.send(.get, "/api/v1/outbox", token: try await api.token("operator")).status == .forbidden)
            #expect(try await api.send(.get, "/api/v1/outbox?state=lost", token: admin).status == .unprocessableContent)

            let replayed = try await api.send(.post, "/api/v1/outbox/\(id)/replay", token: admin)
            #expect(replayed.status == .ok)
            #expect(replayed.object["state"] as? String == "waiting")
            #expect(replayed.object["attempts"] as? Int == 0)
            #expect(try await api.send(.post, "/api/v1/outbox/\(id)/replay", token: admin).status == .notFound)
            #expect(try await api.send(.get, "/api/v1/outbox?state=dead", token: admin).items.isEmpty)
        }
    }

    @Test("the outbox page shows the undelivered with their error in Russian and sends one again; only the administrator opens it")
    func page() async throws {
        try await APIHarness.run(.sqlite) { api in
            let op = User(id: "u-op", login: "operator", name: "Оператор", role: .operator)
            _ = try await api.store.intake([AppealDraft(kind: .message, channel: .telegram, externalId: "42:1", text: "Не вывезли мусор")], by: op)
            let id = try #require(try await api.store.claimOutbox(limit: 10, lease: 60).first?.id)
            try await api.store.markFailed(id, error: "Bot API sendMessage: Bad Request: chat not found", retryAt: nil)

            let session = try await api.session("admin")
            let page = try await api.page(.get, "/admin/outbox", cookies: ["otklik_session": session])
            #expect(page.status == .ok)
            #expect(page.html.contains("Bot API sendMessage: Bad Request: chat not found"))
            #expect(page.html.contains("Ваше сообщение принято"))
            #expect(page.html.contains("action=\"/admin/outbox/\(id)/replay\""))
            let csrf = try #require(page.hidden("_csrf"))
            let replay = try await api.page(.post, "/admin/outbox/\(id)/replay", cookies: ["otklik_session": session], form: ["_csrf": csrf])
            #expect(replay.status == .seeOther)
            #expect(replay.location == "/admin/outbox?state=waiting&replayed=1")
            #expect(try await api.store.outboxItem(id: id)?.state == .waiting)
            let again = try await api.page(.post, "/admin/outbox/\(id)/replay", cookies: ["otklik_session": session], form: ["_csrf": csrf])
            #expect(again.location == "/admin/outbox?missing=1")
            let operatorPage = try await api.page(.get, "/admin/outbox", cookies: ["otklik_session": try await api.session("operator")])
            #expect(operatorPage.status == .forbidden)
        }
    }
}
