import Foundation
import OtklikCore
import OtklikServer
import Testing

@Suite("Indicators over the API and on their page: plans by the administrator, monthly facts against them, files")
struct IndicatorsAPITests {
    let today = LocalDate(Timestamp.now(), in: TimeZone(identifier: "Europe/Moscow")!)

    /// Four letters received and sent to the city's administration today: registered in term, nothing late.
    func seed(_ api: APIHarness) async throws {
        let op = User(id: "u-op", login: "operator", name: "Оператор", role: .operator)
        let drafts = (0..<4).map { AppealDraft(kind: .appeal, channel: .letter, text: "Обращение \($0)", municipalityId: "60701000", topicId: "roads.repair") }
        for result in try await api.store.intake(drafts, by: op) {
            _ = try await api.store.perform(.assign, input: ActionInput(bodyId: "b1"), on: result.appeal.id, by: op)
        }
    }

    @Test("only the administrator sets plans; the monitoring shows each month's fact and the year's against them; wrong years are 422")
    func plansAndMonitoring() async throws {
        try await APIHarness.run(.sqlite) { api in
            try await seed(api)
            let op = try await api.token("operator")
            let admin = try await api.token("admin")
            let year = today.year
            let plans: [String: Any] = ["year": year, "values": ["K3": 0.9, "K2": 0.05]]
            #expect(try await api.send(.put, "/api/v1/indicators/plans", token: op, json: plans).status == .forbidden)
            let wrong = try await api.send(.put, "/api/v1/indicators/plans", token: admin, json: ["year": year, "values": ["K3": 1.5, "K99": 1]])
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.errorFields == ["K3", "K99"])
            let saved = try await api.send(.put, "/api/v1/indicators/plans", token: admin, json: plans)
            #expect(saved.object["changed"] as? Int == 2)

            let reply = try await api.send(.get, "/api/v1/indicators?year=\(year)", token: op)
            #expect(reply.status == .ok)
            let indicators = try #require(reply.object["indicators"] as? [[String: Any]])
            #expect(indicators.map { $0["id"] as? String } == Indicators.all.map(\.id))
            let k3 = try #require(indicators.first { $0["id"] as? String == "K3" })
            #expect(k3["plan"] as? Double == 0.9)
            #expect(k3["yearFact"] as? Double == 1)
            #expect(k3["yearStatus"] as? String == "met")
            #expect(k3["confirmed"] as? Bool == false)
            let months = try #require(k3["months"] as? [[String: Any]])
            #expect(months.count == today.parts.month)
            #expect(months.last?["fact"] as? Double == 1)
            #expect(months.first.map { $0["status"] as? String } == (today.parts.month == 1 ? "met" : "no_data"))
            let k1 = try #require(indicators.first { $0["id"] as? String == "K1" })
            #expect(k1["plan"] is NSNull)
            #expect(k1["yearFact"] is NSNull)
            let municipalities = try #require(reply.object["municipalities"] as? [[String: Any]])
            #expect(municipalities.map { $0["name"] as? String } == ["город Ростов-на-Дону"])
            #expect((reply.object["note"] as? String)?.contains("не подтверждена") == true)
            let k11 = try #require((reply.object["directory"] as? [[String: Any]])?.first)
            #expect(k11["id"] as? String == "K11")
            #expect(k11["withPage"] as? Int == 0)
            #expect(k11["obliged"] as? Int == 2)

            let one = try await api.send(.get, "/api/v1/indicators?year=\(year)&municipality=60701000", token: op)
            #expect((one.object["directory"] as? [[String: Any]])?.first?["obliged"] as? Int == 1)
            #expect((one.object["municipalities"] as? [Any])?.isEmpty == true)
            for (query, field) in [("year=2100", "year"), ("year=abc", "year"), ("municipality=1", "municipality"), ("table=x", "table")] {
                let refused = try await api.send(.get, "/api/v1/indicators?\(query)", token: op)
                #expect(refused.status == .unprocessableContent, "\(query)")
                #expect(refused.errorFields == [field], "\(query)")
            }
        }
    }

    @Test("the monitoring as CSV: per cent as people write it, the status in words; the municipalities' table beside it")
    func files() async throws {
        try await APIHarness.run(.sqlite) { api in
            try await seed(api)
            let admin = try await api.token("admin")
            _ = try await api.send(.put, "/api/v1/indicators/plans", token: admin, json: ["year": today.year, "values": ["K3": 0.9]])
            let csv = try await api.send(.get, "/api/v1/indicators?format=csv", token: admin)
            let lines = csv.text.dropFirst().components(separatedBy: "\r\n")
            let monthCount = today.parts.month
            #expect(lines[0].hasPrefix("Код;Показатель;План;январь;"))
            #expect(lines[0].hasSuffix(";С начала года;Исполнение"))
            let k3 = try #require(lines.first { $0.hasPrefix("K3;") })
            #expect(k3 == "K3;Доля зарегистрированных в срок, %;90;" + String(repeating: ";", count: monthCount - 1) + "100;100;План выполнен")
            let byMunicipality = try await api.send(.get, "/api/v1/indicators?format=csv&table=municipalities", token: admin)
            let rows = byMunicipality.text.dropFirst().components(separatedBy: "\r\n")
            #expect(rows[0].hasPrefix("Муниципальное образование;K1 Доля ответов в срок, %;K1 план, %;"))
            #expect(rows[1].hasPrefix("город Ростов-на-Дону;"))
        }
    }

    @Test("the page colours facts against the plan; the administrator's plan form keeps typed values on an error and records each change")
    func pageAndPlanForm() async throws {
        try await APIHarness.run(.sqlite) { api in
            try await seed(api)
            let year = today.year
            let operatorSession = try await api.session("operator")
            let page = try await api.page(.get, "/indicators?year=\(year)", cookies: ["otklik_session": operatorSession])
            #expect(page.status == .ok)
            #expect(page.html.contains("Доля зарегистрированных в срок, %"))
            #expect(page.html.contains("kpi no_plan"))
            #expect(!page.html.contains("Задать план"))
            #expect(try await api.page(.get, "/indicators/plan?year=\(year)", cookies: ["otklik_session": operatorSession]).status == .forbidden)
            #expect(try await api.page(.get, "/indicators?year=1999", cookies: ["otklik_session": operatorSession]).status == .unprocessableContent)

            let session = try await api.session("admin")
            let form = try await api.page(.get, "/indicators/plan?year=\(year)", cookies: ["otklik_session": session])
            let csrf = try #require(form.hidden("_csrf"))
            let bad = try await api.page(
                .post, "/indicators/plan", cookies: ["otklik_session": session],
                form: ["_csrf": csrf, "year": String(year), "municipality": "", "K3": "95,5", "K5": "много"]
            )
            #expect(bad.status == .unprocessableContent)
            #expect(bad.html.contains("Ожидается число, например 95 или 12,5"))
            #expect(bad.html.contains("value=\"95,5\""))
            #expect(try await api.store.indicatorPlans(year: year).isEmpty)
            let good = try await api.page(
                .post, "/indicators/plan", cookies: ["otklik_session": session],
                form: ["_csrf": csrf, "year": String(year), "municipality": "", "K3": "95,5", "K5": "24"]
            )
            #expect(good.location == "/indicators?year=\(year)&saved=1")
            #expect(try await api.store.indicatorPlans(year: year) == ["": ["K3": 0.955, "K5": 24]])
            let again = try await api.page(.get, "/indicators/plan?year=\(year)", cookies: ["otklik_session": session])
            #expect(again.html.contains("K3: 95,5 %"))
            #expect(again.html.contains("value=\"95,5\""))
            let coloured = try await api.page(.get, "/indicators?year=\(year)", cookies: ["otklik_session": session])
            #expect(coloured.html.contains("kpi met"))
            #expect(coloured.html.contains("Задать план"))
        }
    }
}
