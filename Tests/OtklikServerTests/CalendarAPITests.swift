import Foundation
import Testing

@Suite("Calendar API: the production calendar as the server applies it")
struct CalendarAPITests {
    @Test("a day's status and hours, and terms in working and calendar days, as the decree gives them")
    func answers() async throws {
        try await APIHarness.run(.sqlite) { api in
            let token = try await api.token("operator")
            let dayOff = try await api.send(.get, "/api/v1/calendar/is-working?date=2026-01-09", token: token)
            #expect(dayOff.status == .ok)
            #expect(dayOff.object["working"] as? Bool == false)
            #expect(dayOff.object["hours"] as? Int == 0)
            let eve = try await api.send(.get, "/api/v1/calendar/is-working?date=2026-04-30", token: token)
            #expect(eve.object["working"] as? Bool == true)
            #expect(eve.object["hours"] as? Int == 7)
            let working = try await api.send(.get, "/api/v1/calendar/add-working-days?date=2025-12-26&days=10", token: token)
            #expect(working.object["result"] as? String == "2026-01-21")
            let previous = try await api.send(.get, "/api/v1/calendar/add-days?date=2026-12-09&days=30", token: token)
            #expect(previous.object["result"] as? String == "2026-12-30")
            #expect(previous.object["shift"] as? String == "previous")
            let next = try await api.send(.get, "/api/v1/calendar/add-days?date=2026-12-09&days=30&shift=next", token: token)
            #expect(next.object["result"] as? String == "2027-01-11")
        }
    }

    @Test("a wrong date or count and a year without its decree are 422 naming the field; no token is 401")
    func refusals() async throws {
        try await APIHarness.run(.sqlite) { api in
            let token = try await api.token("operator")
            let cases: [(String, [String])] = [
                ("/api/v1/calendar/is-working?date=2026-02-30", ["date"]),
                ("/api/v1/calendar/add-working-days?date=2026-01-01&days=-1", ["days"]),
                ("/api/v1/calendar/add-days?date=\("вчера".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&days=99999&shift=later",
                 ["date", "days", "shift"]),
                ("/api/v1/calendar/add-working-days?date=2027-12-28&days=5", ["date"]),
            ]
            for (path, fields) in cases {
                let reply = try await api.send(.get, path, token: token)
                #expect(reply.status == .unprocessableContent, "\(path)")
                #expect(reply.isProblem)
                #expect(reply.errorFields == fields, "\(path)")
            }
            let noDecree = try await api.send(.get, "/api/v1/calendar/is-working?date=2028-03-01", token: token)
            #expect(noDecree.text.contains("2028"))
            #expect(try await api.send(.get, "/api/v1/calendar/is-working?date=2026-01-09").status == .unauthorized)
        }
    }

    @Test("an administrator loads next year's decree: the calendar answers for it at once; others may not load")
    func loadsYear() async throws {
        try await APIHarness.run(.sqlite) { api in
            let admin = try await api.token("admin")
            let operatorToken = try await api.token("operator")
            let text = "2028 | постановление о переносе выходных дней в 2028 году\n01-10 decree, 05-08 short"
            #expect(try await api.send(.post, "/api/v1/calendar/years", token: operatorToken, json: ["text": text]).status == .forbidden)
            let before = try await api.send(.get, "/api/v1/calendar/is-working?date=2028-01-10", token: operatorToken)
            #expect(before.status == .unprocessableContent)
            let loaded = try await api.send(.post, "/api/v1/calendar/years", token: admin, json: ["text": text])
            #expect(loaded.status == .created)
            #expect(loaded.object["years"] as? [Int] == [2028])
            let after = try await api.send(.get, "/api/v1/calendar/is-working?date=2028-01-10", token: operatorToken)
            #expect(after.object["working"] as? Bool == false)
            let years = try await api.send(.get, "/api/v1/calendar/years", token: operatorToken)
            let items = years.items
            #expect(items.map { $0["year"] as? Int } == (2020...2028).map { $0 })
            #expect(items.last?["loaded"] as? Bool == true)
            let broken = try await api.send(.post, "/api/v1/calendar/years", token: admin, json: ["text": "2029 | x\n02-30 decree"])
            #expect(broken.status == .unprocessableContent)
            #expect(broken.errorFields == ["text"])
        }
    }

    @Test("the term rules in use are shown with their sources")
    func rulesShown() async throws {
        try await APIHarness.run(.sqlite) { api in
            let reply = try await api.send(.get, "/api/v1/terms/rules", token: try await api.token("operator"))
            #expect(reply.status == .ok)
            let rules = reply.object["rules"] as? [[String: Any]] ?? []
            #expect(rules.compactMap { $0["id"] as? String } == ["59fz", "publication", "message"])
            #expect(rules.allSatisfy { ($0["source"] as? String)?.isEmpty == false })
        }
    }
}
