import Foundation
import HTTPTypes
import NIOCore
import OtklikCore
import OtklikServer
import OtklikStore
import OtklikTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Open311 GeoReport v2: services from the rubricator, requests taken in with a key, the form kept, the spec's errors")
struct Open311Tests {
    static let key = "open311-test-key-0123456789"
    static let environment = ["OTKLIK_OPEN311_KEYS": "\(key)=operator"]

    struct Reply {
        var status: HTTPResponse.Status
        var contentType: String?
        var text: String
        var json: Any? { try? JSONSerialization.jsonObject(with: Data(text.utf8)) }
        var records: [[String: Any]] { json as? [[String: Any]] ?? [] }
    }

    func get(_ api: APIHarness, _ path: String) async throws -> Reply {
        try await api.client.execute(uri: path, method: .get, headers: [:], body: nil) { response in
            Reply(status: response.status, contentType: response.headers[.contentType], text: String(buffer: response.body))
        }
    }

    func post(_ api: APIHarness, _ path: String, _ body: String) async throws -> Reply {
        try await api.client.execute(
            uri: path, method: .post, headers: [.contentType: "application/x-www-form-urlencoded; charset=utf-8"], body: ByteBuffer(string: body)
        ) { response in
            Reply(status: response.status, contentType: response.headers[.contentType], text: String(buffer: response.body))
        }
    }

    /// How many elements named `name` a well-formed XML document has; nil when it is not well-formed.
    func elements(_ name: String, in xml: String) -> Int? {
        final class Counter: NSObject, XMLParserDelegate {
            let name: String
            var count = 0
            init(_ name: String) { self.name = name }
            func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
                if element == name { count += 1 }
            }
        }
        let parser = XMLParser(data: Data(xml.utf8))
        let counter = Counter(name)
        parser.delegate = counter
        return parser.parse() ? counter.count : nil
    }

    static let form: [(String, String)] = [
        ("api_key", key), ("service_code", "roads.repair"), ("lat", "47.2357"), ("long", "39.7015"),
        ("address_string", "ул. Большая Садовая, 1"), ("description", "Яма на дороге у дома 1, «опасно» & глубоко"),
        ("email", "ivan@example.ru"), ("first_name", "Иван"), ("last_name", "Петров"), ("phone", "+7 900 123-45-67"),
        ("attribute[municipality]", "60701000"), ("media_url", "https://example.ru/photo/1.jpg"), ("account_id", "acc-7"),
    ]

    @Test("the services are the rubricator's topics, the same in XML and JSON, with codes as strings")
    func services() async throws {
        try await APIHarness.run(.sqlite, environment: Self.environment) { api in
            let json = try await get(api, "/open311/v2/services.json")
            #expect(json.status == .ok)
            #expect(json.contentType == "application/json; charset=utf-8")
            #expect(json.records.count == Rubricator.default.topics.count)
            #expect(json.records.first?["service_code"] as? String == Rubricator.default.topics.first { $0.blockId == Rubricator.default.blocks[0].id }?.id)
            #expect(json.records.allSatisfy { $0["metadata"] as? Bool == true && $0["type"] as? String == "realtime" })
            let xml = try await get(api, "/open311/v2/services.xml")
            #expect(xml.contentType == "text/xml; charset=utf-8")
            #expect(xml.text.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<services><service><service_code>"))
            #expect(elements("service", in: xml.text) == Rubricator.default.topics.count)
            let definition = try await get(api, "/open311/v2/services/roads.repair.json")
            let attributes = (definition.json as? [String: Any])?["attributes"] as? [[String: Any]]
            #expect(attributes?.first?["code"] as? String == "municipality")
            #expect((attributes?.first?["values"] as? [[String: Any]])?.first?["key"] as? String == "60701000")
            #expect(try await get(api, "/open311/v2/services/no.such.json").status == .notFound)
            #expect(try await get(api, "/open311/v2/services.txt").status == .notFound)
        }
    }

    @Test("a request with a valid key becomes a сообщение of the Open311 channel; the form is kept byte for byte beside it",
          arguments: TestDatabase.kinds)
    func intake(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind, environment: Self.environment) { api in
            let body = WebFormBody.pairs(Self.form)
            let reply = try await post(api, "/open311/v2/requests.json", body)
            #expect(reply.status == .ok)
            let id = try #require(reply.records.first?["service_request_id"] as? String)
            #expect(reply.records.first?["account_id"] as? String == "acc-7")
            let appeal = try #require(try await api.store.appeal(id: id, visibleTo: .all))
            #expect(appeal.kind == .message)
            #expect(appeal.channel == .open311)
            #expect(appeal.topicId == "roads.repair")
            #expect(appeal.municipalityId == "60701000")
            #expect(appeal.point == GeoPoint(lat: 47.2357, lon: 39.7015))
            #expect(appeal.author.name == "Иван Петров")
            #expect(appeal.author.email == "ivan@example.ru")
            #expect(appeal.text == "Яма на дороге у дома 1, «опасно» & глубоко\n\nФото: https://example.ru/photo/1.jpg")
            let payloads = try await api.store.payloads(of: id)
            #expect(payloads.count == 1)
            #expect(payloads.first?.payload.body == Data(body.utf8))
            #expect(payloads.first?.payload.contentType == "application/x-www-form-urlencoded; charset=utf-8")
            #expect(payloads.first?.sha256 == SHA256Hex.of(Array(body.utf8)))

            let one = try await get(api, "/open311/v2/requests/\(id).xml")
            #expect(one.status == .ok)
            #expect(elements("request", in: one.text) == 1)
            #expect(one.text.contains("<status>open</status>"))
            #expect(one.text.contains("<description>Яма на дороге у дома 1, «опасно» &amp; глубоко\n\nФото: https://example.ru/photo/1.jpg</description>"))
            // The author's contacts never leave through Open311.
            for secret in ["ivan@example.ru", "Петров", "123-45-67"] { #expect(!one.text.contains(secret)) }
            #expect(try await get(api, "/open311/v2/requests.json?status=open").records.map { $0["service_request_id"] as? String } == [id])
            #expect(try await get(api, "/open311/v2/requests.json?status=closed").records.isEmpty)
            #expect(try await get(api, "/open311/v2/requests.json?service_code=zhkh.heating").records.isEmpty)
            #expect(try await get(api, "/open311/v2/requests.json?service_request_id=\(id),nothing").records.count == 1)
            let token = try await get(api, "/open311/v2/tokens/\(try #require(payloads.first?.id)).json")
            #expect(token.records.first?["service_request_id"] as? String == id)
        }
    }

    @Test("no key or a wrong one is 403, an unknown service 404, no place or a bad point 400; each in the spec's form, nothing written")
    func errors() async throws {
        try await APIHarness.run(.sqlite, environment: Self.environment) { api in
            func without(_ name: String, _ extra: [(String, String)] = []) -> String {
                WebFormBody.pairs(Self.form.filter { $0.0 != name && !extra.map(\.0).contains($0.0) } + extra)
            }
            let cases: [(String, HTTPResponse.Status, String)] = [
                (without("api_key"), .forbidden, "api_key"),
                (without("api_key", [("api_key", "wrong-key-wrong-key-wrong")]), .forbidden, "Неверный api_key"),
                (without("service_code", [("service_code", "no.such")]), .notFound, "no.such"),
                (without("service_code"), .badRequest, "service_code"),
                (WebFormBody.pairs(Self.form.filter { !["lat", "long", "address_string"].contains($0.0) }), .badRequest, "Укажите место"),
                (without("lat", [("lat", "91")]), .badRequest, "широта"),
                (without("attribute[municipality]", [("attribute[municipality]", "00000000")]), .badRequest, "ОКТМО"),
                (without("description", [("description", String(repeating: "я", count: 4001))]), .badRequest, "4000"),
                (without("email", [("email", "not-an-address")]), .badRequest, "email"),
            ]
            for (body, status, words) in cases {
                let json = try await post(api, "/open311/v2/requests.json", body)
                #expect(json.status == status)
                let error = try #require(json.records.first)
                #expect(error["code"] as? Int == Int(status.code))
                #expect((error["description"] as? String)?.contains(words) == true, "\(error)")
            }
            let xml = try await post(api, "/open311/v2/requests.xml", without("api_key"))
            #expect(xml.status == .forbidden)
            #expect(xml.text.contains("<errors><error><code>403</code><description>"))
            #expect(try await api.counts().appeals == 0)
        }
    }

    @Test("an item of another channel is neither listed nor shown through Open311")
    func otherChannels() async throws {
        try await APIHarness.run(.sqlite, environment: Self.environment) { api in
            let operatorUser = User(id: "u-op", login: "operator", name: "Оператор", role: .operator)
            let letter = try await api.store.intake(
                [AppealDraft(kind: .appeal, channel: .letter, text: "Письмо о яме", municipalityId: "60701000", topicId: "roads.repair")], by: operatorUser
            )
            let id = try #require(letter.first?.appeal.id)
            #expect(try await get(api, "/open311/v2/requests/\(id).json").status == .notFound)
            #expect(try await get(api, "/open311/v2/requests.json").records.isEmpty)
        }
    }
}
