import Foundation
import OtklikCore
import OtklikServer
import Testing

@Suite("The rating of bodies over the API, as a file and on its page")
struct RatingsAPITests {
    /// Six road letters sent to the city's administration (b1), two transport ones to the ministry (b2).
    func seed(_ api: APIHarness) async throws {
        let op = User(id: "u-op", login: "operator", name: "Оператор", role: .operator)
        let drafts = (0..<8).map { index in
            AppealDraft(
                kind: .appeal, channel: .letter, text: "Обращение \(index)", municipalityId: "60701000",
                topicId: index < 6 ? "roads.repair" : "transport.routes"
            )
        }
        for (index, result) in try await api.store.intake(drafts, by: op).enumerated() {
            _ = try await api.store.perform(.assign, input: ActionInput(bodyId: index < 6 ? "b1" : "b2"), on: result.appeal.id, by: op)
        }
    }

    @Test("a body with enough items is ranked by the parts that could be measured; one with too few is listed unranked")
    func ranks() async throws {
        try await APIHarness.run(.sqlite) { api in
            try await seed(api)
            let reply = try await api.send(.get, "/api/v1/ratings", token: try await api.token("operator"))
            #expect(reply.status == .ok)
            let items = reply.items
            #expect(items.map { $0["bodyId"] as? String } == ["b1", "b2"])
            #expect(items[0]["place"] as? Int == 1)
            #expect(items[0]["appeals"] as? Int == 6)
            // Nothing answered or rated yet: only «not overdue» and «not redirected» are measured, both whole.
            #expect(items[0]["score"] as? Double == 100)
            #expect(items[0]["onTimeShare"] is NSNull)
            #expect(items[1]["place"] is NSNull)
            #expect(items[1]["score"] is NSNull)
            #expect(reply.object["minimumAppeals"] as? Int == 5)
        }
    }

    @Test("the rating as CSV and on its page carries the same places, names and figures; a wrong period is a Russian 422")
    func fileAndPage() async throws {
        try await APIHarness.run(.sqlite) { api in
            try await seed(api)
            let token = try await api.token("operator")
            let csv = try await api.send(.get, "/api/v1/ratings?format=csv", token: token)
            let lines = csv.text.dropFirst().components(separatedBy: "\r\n")
            #expect(lines[0] == "Место;Было место;Орган;Балл;Обращений;Доля ответов в срок, %;Медиана срока ответа, дней;Медиана времени до первой реакции, рабочих часов;Качество ответов, %;Доля ответов по существу, %;Доля удовлетворённых, %;Доля возобновлённых после ответа, %;Доля просроченных, %;Доля перенаправленных, %;Доля возвращённых в ЦУР, %")
            #expect(lines[1] == "1;;Администрация города;100;6;;;;;;;;0,0;0,0;0,0")
            #expect(lines[2] == ";;Министерство транспорта;;2;;;;;;;;0,0;0,0;0,0")
            let wrong = try await api.send(.get, "/api/v1/ratings?from=2026-12-01&to=2026-11-01", token: token)
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.errorFields == ["from"])
            let session = try await api.session("operator")
            let page = try await api.page(.get, "/ratings", cookies: ["otklik_session": session])
            #expect(page.status == .ok)
            #expect(page.html.contains("<td>Администрация города</td><td class=\"num score\">100,0</td>"))
            #expect(page.html.contains("мало обращений"))
            #expect(page.html.contains("href=\"/ratings/export?format=xlsx\""))
        }
    }

    @Test("weights that cannot be read stop the start with a Russian message")
    func weights() throws {
        #expect(throws: ConfigurationError.self) { try ServerConfiguration(environment: ["OTKLIK_RATING_WEIGHTS": "satisfaction=1"]).ratingWeights() }
        #expect(try ServerConfiguration(environment: ["OTKLIK_RATING_WEIGHTS": "onTime=1"]).ratingWeights().onTime == 1)
    }
}
