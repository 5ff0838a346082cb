import Foundation
import HTTPTypes
import OtklikCore
import OtklikServer
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("Public discussions: a resident's comment waits for a moderator, who publishes or rejects it")
struct DiscussionsTests {
    static func body(opens: TimeInterval = -3600, closes: TimeInterval = 86_400) -> [String: Any] {
        [
            "title": "Обсуждаем проект набережной", "description": "Каким быть парку у реки?", "municipalityId": "60701000",
            "opensAt": PollsAPITests.isoDate(opens), "closesAt": PollsAPITests.isoDate(closes),
        ]
    }

    @Test("a comment is seen only once published; the moderator sees its flags; a rejected one never appears; a decided one is not decided again",
          arguments: TestDatabase.kinds)
    func moderation(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let created = try await api.send(.post, "/api/v1/discussions", token: try await api.token("admin"), json: Self.body())
            #expect(created.status == .created)
            let id = try #require(created.object["id"] as? String)
            let path = "/api/v1/public/discussions/\(id)"
            #expect(try await api.send(.post, path + "/comments", json: ["text": "Нужны лавочки"]).status == .unauthorized)
            let token = try await PollsAPITests.signIn("citizen@example.ru", api)
            let good = try await api.send(.post, path + "/comments", token: token, json: ["text": "Нужны лавочки и освещение", "displayName": "Анна"])
            #expect(good.status == .accepted)
            let bad = try await api.send(.post, path + "/comments", token: token, json: ["text": "Эти идиоты всё испортят, звоните 8 900 123-45-67"])
            #expect(bad.status == .accepted)
            #expect((try await api.send(.get, path).object["comments"] as? [Any])?.isEmpty == true)

            let operatorToken = try await api.token("operator")
            let queue = try await api.send(.get, "/api/v1/moderation", token: operatorToken)
            #expect(queue.items.count == 2)
            let flagged = try #require(queue.items.first { ($0["text"] as? String)?.contains("идиоты") == true })
            #expect(flagged["flags"] as? [String] == ["Нецензурные или оскорбительные выражения", "Контактные данные"])
            #expect(flagged["displayName"] as? String == "Житель")
            #expect(try await api.send(.get, "/api/v1/moderation", token: try await api.token("exec1")).status == .forbidden)

            let goodId = try #require(queue.items.first { $0["displayName"] as? String == "Анна" }?["id"] as? String)
            let badId = try #require(flagged["id"] as? String)
            #expect(try await api.send(.post, "/api/v1/moderation/\(goodId)", token: operatorToken, json: ["publish": true]).status == .ok)
            let rejected = try await api.send(.post, "/api/v1/moderation/\(badId)", token: operatorToken, json: ["publish": false, "reason": "Оскорбления"])
            #expect(rejected.object["status"] as? String == "rejected")
            let again = try await api.send(.post, "/api/v1/moderation/\(badId)", token: operatorToken, json: ["publish": true])
            #expect(again.status == .conflict)

            let shown = try await api.send(.get, path)
            let comments = try #require(shown.object["comments"] as? [[String: Any]])
            #expect(comments.map { $0["text"] as? String } == ["Нужны лавочки и освещение"])
            #expect(comments.first?["displayName"] as? String == "Анна")
            #expect(!shown.text.contains("citizen@example.ru"))
            #expect(try await api.send(.get, "/api/v1/moderation", token: operatorToken).items.isEmpty)
        }
    }

    @Test("only the centre's heads open discussions; a closed one takes no comment")
    func rules() async throws {
        try await APIHarness.run(.sqlite) { api in
            #expect(try await api.send(.post, "/api/v1/discussions", token: try await api.token("operator"), json: Self.body()).status == .forbidden)
            var broken = Self.body()
            broken["title"] = ""
            broken["municipalityId"] = "000"
            let invalid = try await api.send(.post, "/api/v1/discussions", token: try await api.token("admin"), json: broken)
            #expect(Set(invalid.errorFields) == ["title", "municipalityId"])
            let closed = try await api.send(.post, "/api/v1/discussions", token: try await api.token("admin"), json: Self.body(opens: -7200, closes: -60))
            let id = try #require(closed.object["id"] as? String)
            let token = try await PollsAPITests.signIn("late@example.ru", api)
            let late = try await api.send(.post, "/api/v1/public/discussions/\(id)/comments", token: token, json: ["text": "Поздно?"])
            #expect(late.status == .conflict)
            #expect(try await api.store.moderationQueue().isEmpty)
        }
    }

    @Test("the pages: a signed-in resident comments, the operator publishes it on the moderation page, and it shows on the discussion")
    func pages() async throws {
        try await APIHarness.run(.sqlite) { api in
            let created = try await api.send(.post, "/api/v1/discussions", token: try await api.token("admin"), json: Self.body())
            let id = try #require(created.object["id"] as? String)
            let token = try await PollsAPITests.signIn("pages@example.ru", api)
            let page = try await api.page(.get, "/public/discussions/\(id)", cookies: ["otklik_resident": token])
            let csrf = try #require(page.hidden("_csrf"))
            let cookies = ["otklik_resident": token, "otklik_public": csrf]
            let sent = try await api.page(.post, "/public/discussions/\(id)/comments", cookies: cookies, form: ["_csrf": csrf, "text": "Сделайте велодорожку"])
            #expect(sent.location == "/public/discussions/\(id)?sent=1")
            let session = try await api.session("operator")
            let queue = try await api.page(.get, "/moderation", cookies: ["otklik_session": session])
            #expect(queue.html.contains("Сделайте велодорожку"))
            let commentId = try #require(try await api.store.moderationQueue().first?.id)
            let decided = try await api.page(
                .post, "/moderation/\(commentId)", cookies: ["otklik_session": session],
                form: ["_csrf": try #require(queue.hidden("_csrf")), "decision": "publish"]
            )
            #expect(decided.location == "/moderation?done=published")
            let shown = try await api.page(.get, "/public/discussions/\(id)")
            #expect(shown.html.contains("Сделайте велодорожку"))
            #expect(shown.html.contains("<strong>Житель</strong>"))
            // The description and the municipality are optional fields of the API resource the page shows.
            #expect(shown.html.contains("Каким быть парку у реки?"))
            #expect(shown.html.contains("город Ростов-на-Дону"))
        }
    }
}
