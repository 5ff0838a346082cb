import Foundation
import OtklikCore
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("«Мои обращения»: a signed-in resident finds the items sent with their address, and only those")
struct ResidentAppealsPagesTests {
    func submit(_ api: APIHarness, text: String, email: String?, id: String) async throws -> String {
        var body: [String: Any] = ["kind": "message", "text": text, "consent": PublicConsent.current.version, "submissionId": id]
        if let email { body["email"] = email }
        let reply = try await api.send(.post, "/api/v1/public/appeals", json: body)
        #expect(reply.status == .created)
        return try #require(reply.object["number"] as? String)
    }

    @Test("the resident's two items are listed newest first and open by a fresh key; another's item is neither listed nor opened", arguments: TestDatabase.kinds)
    func ownItems(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let first = try await submit(api, text: "Не горит фонарь во дворе", email: "Anna@Example.ru", id: "form-0001-aaaa")
            let second = try await submit(api, text: "Яма у подъезда", email: "anna@example.ru ", id: "form-0002-aaaa")
            let others = try await submit(api, text: "Не вывезен мусор", email: "boris@example.ru", id: "form-0003-aaaa")
            _ = try await submit(api, text: "Без адреса", email: nil, id: "form-0004-aaaa")

            #expect(try await api.page(.get, "/public/my").location == "/public/login?next=%2Fpublic%2Fmy")
            let token = try await PollsAPITests.signIn("anna@example.ru", api)
            let cookies = ["otklik_resident": token]
            let page = try await api.page(.get, "/public/my", cookies: cookies)
            #expect(page.status == .ok)
            let firstAt = try #require(page.html.range(of: first)).lowerBound
            let secondAt = try #require(page.html.range(of: second)).lowerBound
            #expect(secondAt < firstAt)
            #expect(!page.html.contains(others))

            let csrf = try #require(page.hidden("_csrf"))
            let withCSRF = cookies.merging(["otklik_public": csrf]) { $1 }
            let opened = try await api.page(.post, "/public/my/\(first.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? first)", cookies: withCSRF, form: ["_csrf": csrf])
            #expect(opened.status == .seeOther)
            let link = try #require(opened.location)
            #expect(link.hasPrefix("/public/appeals/"))
            let status = try await api.page(.get, link)
            #expect(status.status == .ok)
            #expect(status.html.contains("Не горит фонарь во дворе"))

            let refused = try await api.page(.post, "/public/my/\(others.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? others)", cookies: withCSRF, form: ["_csrf": csrf])
            #expect(refused.status == .notFound)
            #expect(refused.html.contains("Такого обращения среди ваших нет"))
        }
    }
}
