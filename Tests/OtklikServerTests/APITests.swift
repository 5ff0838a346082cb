import Foundation
import OtklikCore
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("HTTP API over a real listening server, on SQLite and PostgreSQL")
struct APITests {
    nonisolated(unsafe) static let letter: [String: Any] = [
        "kind": "appeal", "channel": "letter", "text": "На ул. Садовой у дома 5 яма на дороге", "municipalityId": "60701000",
        "topicId": "roads.repair",
    ]

    @Test("health names the database", arguments: TestDatabase.kinds)
    func health(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let reply = try await api.send(.get, "/health")
            #expect(reply.status == .ok)
            #expect(reply.object["status"] as? String == "ok")
            #expect(reply.object["database"] as? String == kind.rawValue)
        }
    }

    @Test("metrics give requests by route and status, latencies, and appeals by status in Prometheus text",
          arguments: TestDatabase.kinds)
    func metrics(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let token = try await api.token("operator")
            #expect(try await api.send(.post, "/api/v1/appeals", token: token, json: Self.letter).status == .created)
            let reply = try await api.send(.get, "/metrics")
            #expect(reply.status == .ok)
            #expect(reply.contentType?.hasPrefix("text/plain") == true)
            let lines = reply.text.split(separator: "\n").map(String.init)
            #expect(lines.contains(#"otklik_appeals{status="new"} 1.0"#))
            #expect(lines.contains(#"otklik_appeals{status="closed"} 0.0"#))
            // The registry is the process's, shared with the other tests: the count is at least this test's one.
            let tokenRequests = lines.first { $0.hasPrefix("hb_requests{") && $0.contains(#""/api/v1/auth/token""#) && $0.contains(#""200""#) }
            #expect((tokenRequests?.split(separator: " ").last).flatMap { Int($0) } ?? 0 >= 1)
            #expect(lines.contains { $0.hasPrefix("http_server_request_duration") && $0.contains("_bucket") })
        }
    }

    @Test("an appeal gets its terms at intake and shows where it stands; the overdue filter finds the late one",
          arguments: TestDatabase.kinds)
    func termsAtIntake(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let token = try await api.token("operator")
            let fresh = try await api.send(.post, "/api/v1/appeals", token: token, json: Self.letter)
            #expect(fresh.object["registrationDueAt"] is String)
            #expect(fresh.object["answerDueAt"] == nil)  // runs from registration
            #expect(fresh.object["termState"] as? String == "onTime")
            var late = Self.letter
            late["receivedAt"] = Timestamp.iso(Date().addingTimeInterval(-10 * 86_400))
            let lateReply = try await api.send(.post, "/api/v1/appeals", token: token, json: late)
            #expect(lateReply.object["termState"] as? String == "overdue")
            let overdue = try await api.send(.get, "/api/v1/appeals?overdue=true", token: token)
            #expect(overdue.items.map { $0["id"] as? String } == [lateReply.object["id"] as? String])
            let registered = try await api.send(
                .post, "/api/v1/appeals/\(fresh.object["id"] as? String ?? "")/actions/register", token: token, json: [String: Any]()
            )
            #expect(registered.status == .ok)
            #expect(registered.object["answerDueAt"] is String)
            #expect(registered.object["redirectDueAt"] is String)
        }
    }

    @Test("without a valid token the API answers 401 problem+json", arguments: TestDatabase.kinds)
    func unauthorized(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            for reply in [
                try await api.send(.get, "/api/v1/appeals"), try await api.send(.get, "/api/v1/appeals", token: "bad"),
                try await api.send(.post, "/api/v1/auth/token", json: ["login": "operator", "password": "wrong"]),
            ] {
                #expect(reply.status == .unauthorized)
                #expect(reply.isProblem)
            }
            // Spaces around the token are let through; a second word is not part of any token.
            let good = try await api.token("operator")
            #expect(try await api.send(.get, "/api/v1/appeals", token: "\t\(good)  ").status == .ok)
            let twoWords = try await api.send(.get, "/api/v1/appeals", token: "\(good) \(good)")
            #expect(twoWords.status == .unauthorized)
            #expect(twoWords.isProblem)
        }
    }

    @Test("intake is idempotent on (channel, externalId): 201 then 200 with the same appeal", arguments: TestDatabase.kinds)
    func idempotentIntake(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let token = try await api.token("operator")
            var body = Self.letter
            body["channel"] = "pos"
            body["kind"] = "message"
            body["externalId"] = "pos-2026-77"
            let first = try await api.send(.post, "/api/v1/appeals", token: token, json: body)
            let second = try await api.send(.post, "/api/v1/appeals", token: token, json: body)
            #expect(first.status == .created)
            #expect(second.status == .ok)
            #expect(first.object["id"] as? String == second.object["id"] as? String)
            #expect((first.object["number"] as? String)?.hasPrefix("ЦУР-") == true)
            #expect(try await api.counts().appeals == 1)
            // The 201 is made of the stored document, the 200 encodes the appeal afresh: both are the card.
            var card = try await api.send(.get, "/api/v1/appeals/\(first.object["id"] as? String ?? "")", token: token).object
            card["history"] = nil
            let sorted = { (object: [String: Any]) in try JSONSerialization.data(withJSONObject: object, options: .sortedKeys) }
            #expect(try sorted(first.object) == sorted(card))
            #expect(try sorted(second.object) == sorted(card))
        }
    }

    @Test("a batch is one transaction: one bad item and nothing is written; a good batch reports each item",
          arguments: TestDatabase.kinds)
    func batchAtomicity(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let token = try await api.token("operator")
            var items = (0..<5).map { index -> [String: Any] in
                var item = Self.letter
                item["text"] = "Обращение номер \(index)"
                return item
            }
            items[3]["text"] = ""
            let bad = try await api.send(.post, "/api/v1/appeals/batch", token: token, json: ["items": items])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.errorFields == ["items/3/text"])
            #expect(try await api.counts() == (0, 0))
            items[3]["text"] = "Исправленное обращение"
            let good = try await api.send(.post, "/api/v1/appeals/batch", token: token, json: ["items": items])
            #expect(good.status == .ok)
            #expect(good.object["created"] as? Int == 5)
            #expect((good.object["results"] as? [[String: Any]])?.count == 5)
        }
    }

    @Test("bad input of each kind gets the right problem and writes nothing", arguments: TestDatabase.kinds)
    func badInput(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let token = try await api.token("operator")
            let media = try await api.token("media")
            var longText = Self.letter
            longText["text"] = String(repeating: "я", count: 20_001)
            var unknownKind = Self.letter
            unknownKind["kind"] = "жалоба"
            var missingText = Self.letter
            missingText.removeValue(forKey: "text")
            let tooMany = (0...1_000).map { _ in ["kind": "message", "channel": "pos", "text": "т"] }
            let cases: [(APIHarness.Reply, Int, String?)] = [
                (try await api.send(.post, "/api/v1/appeals", token: token, raw: "{not json"), 400, nil),
                (try await api.send(.post, "/api/v1/appeals", token: token, json: longText), 422, "text"),
                (try await api.send(.post, "/api/v1/appeals", token: token, json: unknownKind), 422, "kind"),
                (try await api.send(.post, "/api/v1/appeals", token: token, json: missingText), 422, "text"),
                (try await api.send(.post, "/api/v1/appeals", token: token, raw: "{\"text\":\"" + String(repeating: "a", count: 1_100_000) + "\"}"), 413, nil),
                (try await api.send(.post, "/api/v1/appeals/batch", token: token, json: ["items": tooMany]), 413, nil),
                (try await api.send(.post, "/api/v1/appeals", token: media, json: Self.letter), 403, nil),
                (try await api.send(.get, "/api/v1/appeals?status=%D0%BD%D0%B5%D1%82&limit=0", token: token), 422, "status"),
                (try await api.send(.get, "/api/v1/appeals/00000000-0000-0000-0000-000000000000", token: token), 404, nil),
                (try await api.send(.get, "/api/v1/users", token: token), 403, nil),
            ]
            for (reply, status, field) in cases {
                #expect(Int(reply.status.code) == status, "\(reply.object)")
                #expect(reply.isProblem, "\(reply.object)")
                #expect(reply.object["status"] as? Int == status)
                if let field { #expect(reply.errorFields.contains(field), "\(reply.errorFields)") }
            }
            #expect(try await api.counts() == (0, 0))
        }
    }

    @Test("the operator and the executor take an appeal to a closed answer; a wrong action is 409 with the allowed ones",
          arguments: TestDatabase.kinds)
    func workflowThroughAPI(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let op = try await api.token("operator")
            let exec = try await api.token("exec1")
            let created = try await api.send(.post, "/api/v1/appeals", token: op, json: Self.letter)
            let id = try #require(created.object["id"] as? String)
            let path = "/api/v1/appeals/\(id)/actions"
            let early = try await api.send(.post, "\(path)/approve", token: op)
            #expect(early.status == .conflict)
            #expect(early.object["allowedActions"] as? [String] == ["register", "structure", "assign", "reject", "merge", "repeat"])
            #expect(try await api.send(.post, "\(path)/assign", token: op, json: ["bodyId": "b1"]).status == .ok)
            #expect(try await api.send(.post, "\(path)/answer", token: op, json: ["text": "ответ"]).status == .forbidden)
            #expect(try await api.send(.post, "\(path)/accept", token: exec).status == .ok)
            #expect(try await api.send(.post, "\(path)/answer", token: exec, json: [:]).errorFields == ["text"])
            #expect(try await api.send(.post, "\(path)/answer", token: exec, json: ["text": "Яма заделана"]).status == .ok)
            let closed = try await api.send(.post, "\(path)/approve", token: op)
            #expect(closed.object["status"] as? String == "closed")
            #expect(closed.object["allowedActions"] as? [String] == ["reopen", "rate", "review"])
            #expect(try await api.send(.post, "\(path)/review", token: op, json: ["grade": "formal"]).errorFields == ["reason"])
            #expect(try await api.send(.post, "\(path)/review", token: exec, json: ["grade": "substantive"]).status == .forbidden)
            let graded = try await api.send(.post, "\(path)/review", token: op, json: ["grade": "incomplete", "reason": "Нет срока ремонта"])
            let answers = try #require(graded.object["answers"] as? [[String: Any]])
            let review = try #require(answers.last?["review"] as? [String: Any])
            #expect(review["grade"] as? String == "incomplete")
            #expect(review["reason"] as? String == "Нет срока ремонта")
            let card = try await api.send(.get, "/api/v1/appeals/\(id)", token: op)
            let history = try #require(card.object["history"] as? [[String: Any]])
            #expect(history.compactMap { $0["type"] as? String } == ["created", "assign", "accept", "answer", "approve", "review"])
            #expect(try await api.send(.post, "\(path)/fly", token: op).status == .notFound)
        }
    }

    @Test("an executor of another body gets 404 for the appeal and never sees it in lists", arguments: TestDatabase.kinds)
    func scopeIsolation(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let op = try await api.token("operator")
            let id = try #require(try await api.send(.post, "/api/v1/appeals", token: op, json: Self.letter).object["id"] as? String)
            _ = try await api.send(.post, "/api/v1/appeals/\(id)/actions/assign", token: op, json: ["bodyId": "b1"])
            let own = try await api.token("exec1")
            let other = try await api.token("exec2")
            #expect(try await api.send(.get, "/api/v1/appeals/\(id)", token: own).status == .ok)
            #expect(try await api.send(.get, "/api/v1/appeals", token: own).items.count == 1)
            #expect(try await api.send(.get, "/api/v1/appeals/\(id)", token: other).status == .notFound)
            #expect(try await api.send(.get, "/api/v1/appeals/\(id)/history", token: other).status == .notFound)
            #expect(try await api.send(.post, "/api/v1/appeals/\(id)/actions/accept", token: other).status == .notFound)
            #expect(try await api.send(.get, "/api/v1/appeals", token: other).items.isEmpty)
        }
    }

    @Test("media see the content but not the author's personal data", arguments: TestDatabase.kinds)
    func personalDataIsMasked(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            var body = Self.letter
            body["author"] = ["name": "Иванов Сергей", "phone": "+7 918 555-12-34"]
            let id = try #require(try await api.send(.post, "/api/v1/appeals", token: try await api.token("operator"), json: body).object["id"] as? String)
            let seen = try await api.send(.get, "/api/v1/appeals/\(id)", token: try await api.token("media"))
            let author = seen.object["author"] as? [String: Any]
            #expect(author?["name"] as? String == "И***")
            #expect(seen.object["text"] as? String == Self.letter["text"] as? String)
        }
    }

    @Test("a query value with a NUL character is 422 naming the field, on both databases; the list still answers after", arguments: TestDatabase.kinds)
    func nulInQuery(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let token = try await api.token("operator")
            let reply = try await api.send(.get, "/api/v1/appeals?sort=due&overdue=true&municipality=%C3%93%00x&q=%00", token: token)
            #expect(reply.status == .unprocessableContent)
            #expect(reply.errorFields == ["municipality", "q"])
            let slice = try await api.send(.get, "/api/v1/analytics/slice?body=b%00", token: token)
            #expect(slice.status == .unprocessableContent)
            #expect(try await api.send(.get, "/api/v1/appeals?municipality=60701000", token: token).status == .ok)
        }
    }
}
