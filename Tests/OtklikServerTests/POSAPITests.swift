import Foundation
import OtklikCore
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("The feedback platform's boundary: a ПОС message taken in once in Otklik's format, the changes pulled back in order")
struct POSAPITests {
    static var message: [String: Any] {
        [
        "id": "pos-7781234", "receivedAt": "2026-11-20T09:15:00+03:00", "text": "Во дворе дома 12 по ул. Садовой яма глубиной 20 см",
        "category": "Ремонт дорог и ямы", "municipality": "город Ростов-на-Дону", "address": "ул. Садовая, 12", "lat": 47.2225, "lon": 39.7187,
        "author": ["name": "Иванов Иван", "email": "ivanov@example.ru"],
        ]
    }

    @Test("a message becomes a ПОС сообщение keyed by its id, with the category as the topic and the body kept; posted again it is the same item",
          arguments: TestDatabase.kinds)
    func takenInOnce(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let token = try await api.token("operator")
            let first = try await api.send(.post, "/api/v1/channels/pos/messages", token: token, json: Self.message)
            #expect(first.status == .created)
            let id = try #require(first.object["id"] as? String)
            let again = try await api.send(.post, "/api/v1/channels/pos/messages", token: token, json: Self.message)
            #expect(again.status == .ok)
            #expect(again.object["id"] as? String == id)
            #expect(again.object["created"] as? Bool == false)
            let appeal = try #require(try await api.store.appeal(id: id, visibleTo: .all))
            #expect(appeal.channel == .pos)
            #expect(appeal.kind == .message)
            #expect(appeal.externalId == "pos-7781234")
            #expect(appeal.topicId == "roads.repair")
            #expect(appeal.municipalityId == "60701000")
            #expect(appeal.receivedAt == Timestamp.parse("2026-11-20T06:15:00Z"))
            let payloads = try await api.store.payloads(of: id)
            #expect(payloads.count == 1)
            #expect(String(decoding: try #require(payloads.first).payload.body, as: UTF8.self).contains("pos-7781234"))
        }
    }

    @Test("a wrong message is a Russian 422 or 400 that writes nothing; a role that takes nothing in is refused", arguments: TestDatabase.kinds)
    func refusals(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let token = try await api.token("operator")
            let before = try await api.counts()
            var publication = Self.message
            publication["kind"] = "publication"
            #expect(try await api.send(.post, "/api/v1/channels/pos/messages", token: token, json: publication).errorFields == ["kind"])
            var nowhere = Self.message
            nowhere["municipality"] = "Марс"
            #expect(try await api.send(.post, "/api/v1/channels/pos/messages", token: token, json: nowhere).status == .unprocessableContent)
            var textless = Self.message
            textless["text"] = nil
            #expect(try await api.send(.post, "/api/v1/channels/pos/messages", token: token, json: textless).errorFields == ["text"])
            #expect(try await api.send(.post, "/api/v1/channels/pos/messages", token: token, raw: "{не json").status == .badRequest)
            let executor = try await api.token("exec1")
            #expect(try await api.send(.post, "/api/v1/channels/pos/messages", token: executor, json: Self.message).status == .forbidden)
            #expect(try await api.counts() == before)
            #expect(try await api.send(.get, "/api/v1/channels/pos/updates?after=-1", token: token).errorFields == ["after"])
        }
    }

    @Test("the connector pulls, in order and once, the number, the sending to a body and the approved answer; other channels and inner steps stay out",
          arguments: TestDatabase.kinds)
    func updatesInOrder(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let op = try await api.token("operator")
            let id = try #require(try await api.send(.post, "/api/v1/channels/pos/messages", token: op, json: Self.message).object["id"] as? String)
            _ = try await api.send(.post, "/api/v1/appeals", token: op, json: APITests.letter)
            let exec = try await api.token("exec1")
            for (action, body, token) in [
                ("structure", ["summary": "Яма во дворе"], op), ("assign", ["bodyId": "b1"], op), ("accept", [:], exec),
                ("answer", ["text": "Яма заделана 25 ноября."], exec), ("approve", [:], op),
            ] as [(String, [String: String], String)] {
                #expect(try await api.send(.post, "/api/v1/appeals/\(id)/actions/\(action)", token: token, json: body).status == .ok)
            }
            let pulled = try await api.send(.get, "/api/v1/channels/pos/updates?after=0", token: op)
            #expect(pulled.status == .ok)
            #expect(pulled.items.map { $0["event"] as? String } == ["created", "assign", "approve"])
            #expect(pulled.items.allSatisfy { $0["posId"] as? String == "pos-7781234" })
            #expect(pulled.items.last?["answer"] as? String == "Яма заделана 25 ноября.")
            #expect(pulled.items.last?["stage"] as? String == "answered")
            let next = try #require(pulled.object["next"] as? Int)
            #expect(next == pulled.items.last?["seq"] as? Int)
            let later = try await api.send(.get, "/api/v1/channels/pos/updates?after=\(next)", token: op)
            #expect(later.items.isEmpty)
            #expect(later.object["next"] as? Int == next)
            let one = try await api.send(.get, "/api/v1/channels/pos/updates?after=0&limit=1", token: op)
            #expect(one.items.map { $0["event"] as? String } == ["created"])
        }
    }
}
