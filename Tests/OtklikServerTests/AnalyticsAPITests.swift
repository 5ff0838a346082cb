import Foundation
import OtklikCore
import Testing

@Suite("Slices over the API and on the analytics page")
struct AnalyticsAPITests {
    /// Two letters about roads and a message about transport, received now.
    func seed(_ api: APIHarness, token: String) async throws {
        var transport = APITests.letter
        transport["kind"] = "message"
        transport["channel"] = "email"
        transport["topicId"] = "transport.routes"
        for draft in [APITests.letter, APITests.letter, transport] {
            #expect(try await api.send(.post, "/api/v1/appeals", token: token, json: draft).status == .created)
        }
    }

    @Test("a measure by two cuts with Russian names, the same from the rollup and from the items; the previous period beside it")
    func sliceByTwoCuts() async throws {
        try await APIHarness.run(.sqlite) { api in
            let token = try await api.token("operator")
            try await seed(api, token: token)
            var answers: [[String: Any]] = []
            for source in ["rollup", "raw", "cube"] {
                let reply = try await api.send(.get, "/api/v1/analytics/slice?measure=count&rows=block&columns=channel&source=\(source)", token: token)
                #expect(reply.status == .ok)
                answers.append(reply.object)
            }
            let groups = answers[0]["groups"] as? [[String: Any]] ?? []
            #expect(groups.map { "\($0["row"]!)/\($0["column"]!)=\($0["value"]!)" } == ["roads/letter=2", "transport/email=1"])
            #expect(groups.first?["rowTitle"] as? String == "Дороги")
            #expect(groups.first?["columnTitle"] as? String == "Письмо")
            // No items in the previous period: its value is there, as null.
            #expect(groups.first?["previous"] is NSNull)
            #expect(answers[0]["total"] as? Int == 3)
            #expect(answers[0]["previousTotal"] as? Int == 0)
            #expect((answers[0]["measure"] as? [String: Any])?["title"] as? String == "Всего поступило")
            #expect((answers[0]["groups"] as? NSArray) == (answers[1]["groups"] as? NSArray))
            #expect((answers[2]["groups"] as? NSArray) == (answers[1]["groups"] as? NSArray))
        }
    }

    @Test("filters narrow the slice and an executor sees only their body's items")
    func filtersAndScope() async throws {
        try await APIHarness.run(.sqlite) { api in
            let token = try await api.token("operator")
            try await seed(api, token: token)
            let filtered = try await api.send(.get, "/api/v1/analytics/slice?rows=channel&channel=email,letter&block=transport", token: token)
            #expect(filtered.object["total"] as? Int == 1)
            let executor = try await api.token("exec1")
            let own = try await api.send(.get, "/api/v1/analytics/slice?rows=body", token: executor)
            #expect(own.status == .ok)
            #expect(own.object["total"] as? Int == 0)
        }
    }

    @Test("a wrong measure, cut, period or filter value is 422 naming each field, in Russian")
    func refusals() async throws {
        try await APIHarness.run(.sqlite) { api in
            let token = try await api.token("operator")
            let cases: [(String, [String])] = [
                ("measure=speed&rows=street", ["measure", "rows"]),
                ("rows=block&columns=block", ["columns"]),
                ("from=2026-12-01&to=2026-11-01", ["from"]),
                ("from=2020-01-01&to=2026-11-01", ["to"]),
                ("from=01.11.2026", ["from"]),
                ("from=0664-05-08&to=0664-06-06", ["to", "from"]),
                ("municipality=00000000&channel=pigeon", ["municipality", "channel"]),
            ]
            for (query, fields) in cases {
                let reply = try await api.send(.get, "/api/v1/analytics/slice?\(query)", token: token)
                #expect(reply.status == .unprocessableContent, "\(query)")
                #expect(reply.isProblem)
                #expect(reply.errorFields == fields, "\(query)")
            }
            #expect(try await api.send(.get, "/api/v1/analytics/slice").status == .unauthorized)
        }
    }

    @Test("the analytics page shows the slice in Russian with the previous period, a pivot for two cuts, and errors as text")
    func page() async throws {
        try await APIHarness.run(.sqlite) { api in
            try await seed(api, token: try await api.token("operator"))
            let session = try await api.session("operator")
            let list = try await api.page(.get, "/analytics?measure=count&rows=block", cookies: ["otklik_session": session])
            #expect(list.status == .ok)
            #expect(list.html.contains("Всего поступило"))
            #expect(list.html.contains("Дороги"))
            #expect(list.html.contains("href=\"/?block=roads&amp;from="))
            let pivot = try await api.page(.get, "/analytics?measure=count&rows=block&columns=channel", cookies: ["otklik_session": session])
            #expect(pivot.html.contains("<th class=\"num\">Письмо</th>"))
            #expect(pivot.html.contains("Итого"))
            let wrong = try await api.page(.get, "/analytics?from=2026-12-01&to=2026-11-01", cookies: ["otklik_session": session])
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.html.contains("Начало периода позже его конца"))
        }
    }
}

@Suite("The heat map page")
struct HeatMapPageTests {
    @Test("municipalities by blocks, a cell with items opens the inbox at them, a wrong measure is a Russian error")
    func heatMap() async throws {
        try await APIHarness.run(.sqlite) { api in
            try await AnalyticsAPITests().seed(api, token: try await api.token("operator"))
            let session = try await api.session("operator")
            let page = try await api.page(.get, "/heatmap?measure=overdue_share", cookies: ["otklik_session": session])
            #expect(page.status == .ok)
            #expect(page.html.contains("Тепловая карта проблем"))
            #expect(page.html.contains("<th scope=\"row\">город Ростов-на-Дону</th>"))
            #expect(page.html.contains("href=\"/?municipality=60701000&amp;block=roads&amp;from="))
            #expect(page.html.contains("Дороги: доля просроченных 0 %, обращений 2"))
            let wrong = try await api.page(.get, "/heatmap?measure=colour", cookies: ["otklik_session": session])
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.html.contains("Допустимые значения: per_10000, overdue_share, growth, satisfaction"))
        }
    }
}
