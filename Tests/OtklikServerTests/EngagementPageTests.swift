import Foundation
import HTTPTypes
import OtklikCore
import OtklikServer
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("The centre's page for polls and discussions: forms that create them, with errors by line, for the roles that run polls")
struct EngagementPageTests {
    @Test("an administrator puts a poll and opens a discussion from the page; a broken questions text comes back with its line; an operator is refused")
    func createFromPage() async throws {
        try await APIHarness.run(.sqlite) { api in
            let session = try await api.session("admin")
            let cookies = ["otklik_session": session]
            let page = try await api.page(.get, "/engagement", cookies: cookies)
            #expect(page.status == .ok)
            #expect(page.html.contains("? Какой двор благоустроить первым? [один]"))
            let csrf = try #require(page.hidden("_csrf"))
            let fields = [
                "_csrf": csrf, "title": "Ремонт дворов 2027", "municipalityId": "60701000", "residentsOnly": "yes", "opensAt": "2026-01-01T09:00",
                "closesAt": "2030-01-01T18:00",
            ]
            let broken = try await api.page(
                .post, "/engagement/polls", cookies: cookies, form: fields.merging(["questions": "? Двор? [один]\nбез дефиса"]) { $1 }
            )
            #expect(broken.status == .unprocessableContent)
            #expect(broken.html.contains("Строка 2: начните вопрос с «?», вариант — с «-»"))
            #expect(broken.html.contains("value=\"Ремонт дворов 2027\""))
            let created = try await api.page(
                .post, "/engagement/polls", cookies: cookies, form: fields.merging(["questions": "? Какой двор? [один]\n- Садовая\n- Мира"]) { $1 }
            )
            #expect(created.location == "/engagement?created=poll")
            let poll = try #require(try await api.store.polls().first)
            #expect(poll.residentsOnly && poll.municipalityId == "60701000")
            #expect(poll.questions.map(\.options) == [["Садовая", "Мира"]])

            let discussion = try await api.page(
                .post, "/engagement/discussions", cookies: cookies,
                form: ["_csrf": csrf, "title": "Набережная", "opensAt": "2026-01-01T09:00", "closesAt": "2030-01-01T18:00"]
            )
            #expect(discussion.location == "/engagement?created=discussion")
            let listed = try await api.page(.get, "/engagement?created=discussion", cookies: cookies)
            #expect(listed.html.contains("Обсуждение открыто"))
            #expect(listed.html.contains("Ремонт дворов 2027") && listed.html.contains("Набережная"))

            let refused = try await api.page(.get, "/engagement", cookies: ["otklik_session": try await api.session("operator")])
            #expect(refused.status == .forbidden)
        }
    }
}
