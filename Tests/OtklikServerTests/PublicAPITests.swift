import Foundation
import HTTPTypes
import OtklikCore
import OtklikServer
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("The public API: a resident submits without login, follows the item by its link and rates the answer")
struct PublicAPITests {
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52])
    static let consent = PublicConsent.current.version
    static let operatorUser = User(id: "u-op", login: "operator", name: "Оператор", role: .operator)
    static let executor = User(id: "u-e1", login: "exec1", name: "Исполнитель 1", role: .executor, bodyId: "b1")

    static func path(_ number: String) -> String {
        "/api/v1/public/appeals/" + (number.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? number)
    }

    /// The web-form item with this number.
    static func item(_ number: String, in api: APIHarness) async throws -> Appeal? {
        try await api.store.list(AppealFilter(channel: .webForm), visibleTo: .all, limit: 500, after: nil).items.first { $0.number == number }
    }

    /// Walks an item to an approved answer, as the centre and the body would.
    static func answer(_ id: String, _ text: String, in api: APIHarness) async throws {
        for (action, input, user) in [
            (WorkflowAction.register, ActionInput(), operatorUser), (.assign, ActionInput(bodyId: "b1"), operatorUser), (.accept, ActionInput(), executor),
            (.answer, ActionInput(text: text), executor), (.approve, ActionInput(), operatorUser),
        ] {
            _ = try await api.store.perform(action, input: input, on: id, by: user)
        }
    }

    @Test("a submission gets a number and a link; the link shows the item, a wrong key or number is the same 404; one form sent twice is one item",
          arguments: TestDatabase.kinds)
    func submitAndFollow(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let form = try await api.send(.get, "/api/v1/public/form")
            #expect((form.object["consent"] as? [String: Any])?["version"] as? String == Self.consent)
            #expect((form.object["topics"] as? [Any])?.isEmpty == false)

            let body: [String: Any] = [
                "kind": "message", "text": "Не горит фонарь во дворе", "address": "ул. Садовая, 5", "lat": 47.23, "lon": 39.72,
                "consent": Self.consent, "submissionId": "form-0001-abcd",
            ]
            let reply = try await api.send(.post, "/api/v1/public/appeals", json: body)
            #expect(reply.status == .created)
            let number = try #require(reply.object["number"] as? String)
            let secret = try #require(reply.object["secret"] as? String)
            #expect(reply.object["link"] as? String == Self.path(number).replacingOccurrences(of: "/api/v1", with: "") + "?key=\(secret)")
            let stored = try #require(try await Self.item(number, in: api))
            #expect(stored.externalId == "form:form-0001-abcd")
            #expect(stored.point == GeoPoint(lat: 47.23, lon: 39.72))
            #expect(try await api.store.publicConsent(of: stored.id)?.version == Self.consent)
            #expect(try await api.store.payloads(of: stored.id).count == 1)

            let view = try await api.send(.get, Self.path(number) + "?secret=\(secret)")
            #expect(view.status == .ok)
            #expect(view.object["stage"] as? String == "accepted")
            #expect(view.object["text"] as? String == "Не горит фонарь во дворе")
            let wrongKey = try await api.send(.get, Self.path(number) + "?secret=\(String(repeating: "0", count: 32))")
            let wrongNumber = try await api.send(.get, Self.path("ЦУР-2026-999999") + "?secret=\(secret)")
            #expect(wrongKey.status == .notFound && wrongNumber.status == .notFound)
            #expect(wrongKey.isProblem && wrongKey.text == wrongNumber.text)

            let counts = try await api.counts()
            let again = try await api.send(.post, "/api/v1/public/appeals", json: body)
            #expect(again.status == .ok)
            #expect(again.object["number"] as? String == number)
            #expect(again.object["repeated"] as? Bool == true)
            #expect(again.object["secret"] is NSNull)
            #expect(try await api.counts() == counts)
        }
    }

    @Test("an обращение without a name or e-mail, or a form without consent, is a Russian 422 naming each field and writes nothing")
    func refusedWritesNothing() async throws {
        try await APIHarness.run(.sqlite) { api in
            let counts = try await api.counts()
            let reply = try await api.send(.post, "/api/v1/public/appeals", json: ["kind": "appeal", "text": "Яма"])
            #expect(reply.status == .unprocessableContent)
            #expect(reply.isProblem)
            #expect(Set(reply.errorFields) == ["name", "email", "consent"])
            let badPoint = try await api.send(
                .post, "/api/v1/public/appeals", json: ["text": "Яма", "lat": 123.0, "lon": 39.7, "consent": Self.consent]
            )
            #expect(badPoint.status == .unprocessableContent)
            #expect(badPoint.errorFields == ["point"])
            #expect(try await api.counts() == counts)
        }
    }

    @Test("a contact over its limit in the window gets a Russian 429 with Retry-After and writes nothing; another contact is still taken")
    func limits() async throws {
        try await APIHarness.run(.sqlite, environment: ["OTKLIK_PUBLIC_PER_CONTACT": "2", "OTKLIK_PUBLIC_PER_IP": "10"]) { api in
            func send(_ phone: String) async throws -> APIHarness.Reply {
                try await api.send(.post, "/api/v1/public/appeals", json: ["text": "Яма", "phone": phone, "consent": Self.consent])
            }
            #expect(try await send("+7 900 111-22-33").status == .created)
            #expect(try await send("8 (900) 111-22-33").status == .created)
            let counts = try await api.counts()
            let third = try await send("+79001112233")
            #expect(third.status == .tooManyRequests)
            #expect(third.isProblem)
            #expect(Int(third.retryAfter ?? "").map { (1...600).contains($0) } == true)
            #expect((third.object["detail"] as? String)?.contains("Попробуйте через 10 мин.") == true)
            #expect(try await api.counts() == counts)
            #expect(try await send("+7 900 444-55-66").status == .created)
        }
    }

    @Test("photos come in the same transaction as the item; a program among them fails the whole form and writes nothing",
          arguments: TestDatabase.kinds)
    func photos(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let fields = [("text", "Яма на дороге, фото прилагаю"), ("consent", Self.consent), ("lat", "47,23"), ("lon", "39,72")]
            let photo = APIHarness.UploadFile(fileName: "яма.png", contentType: "image/png", data: Self.png)
            let reply = try await api.multipart("/api/v1/public/appeals", fields: fields, files: [photo])
            #expect(reply.status == .created)
            let number = try #require((try JSONSerialization.jsonObject(with: Data(reply.html.utf8)) as? [String: Any])?["number"] as? String)
            let item = try #require(try await Self.item(number, in: api))
            #expect(try await api.store.attachments(of: item.id).map(\.contentType) == ["image/png"])
            #expect(item.point == GeoPoint(lat: 47.23, lon: 39.72))

            let counts = try await api.counts()
            let program = APIHarness.UploadFile(fileName: "photo.jpg", contentType: "image/jpeg", data: Data("MZ\u{90}\u{0}program".utf8))
            let refused = try await api.multipart("/api/v1/public/appeals", fields: fields, files: [photo, program])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.html.contains("\"field\":\"files/1\""))
            #expect(try await api.counts() == counts)
            let broken = try await api.multipart("/api/v1/public/appeals", fields: [("lat", "север")] + fields.dropLast(2))
            #expect(broken.status == .unprocessableContent)
            #expect(broken.html.contains("Координата"))
        }
    }

    @Test("the answer is rated once approved; «не решена» reopens the item and counts against the body; a rated answer is not rated again",
          arguments: TestDatabase.kinds)
    func rateNotSolved(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let submitted = try await api.send(
                .post, "/api/v1/public/appeals",
                json: ["kind": "appeal", "text": "Яма у дома 3", "name": "Петров Иван", "email": "petrov@example.ru", "consent": Self.consent]
            )
            let number = try #require(submitted.object["number"] as? String)
            let secret = try #require(submitted.object["secret"] as? String)
            let rating: [String: Any] = ["secret": secret, "satisfied": false, "comment": "Яма на месте"]
            let early = try await api.send(.post, Self.path(number) + "/rating", json: rating)
            #expect(early.status == .conflict)
            #expect(early.object["detail"] as? String == "Оценить можно, когда будет дан ответ")

            let item = try #require(try await Self.item(number, in: api))
            try await Self.answer(item.id, "Иван Петрович, яму заделали.", in: api)
            let answered = try await api.send(.get, Self.path(number) + "?secret=\(secret)")
            #expect(answered.object["stage"] as? String == "answered")
            #expect(answered.object["answer"] as? String == "[имя скрыто] [имя скрыто], яму заделали.")
            #expect(answered.object["canRate"] as? Bool == true)

            let rated = try await api.send(.post, Self.path(number) + "/rating", json: rating)
            #expect(rated.status == .ok)
            #expect(rated.object["stage"] as? String == "reopened")
            #expect(rated.object["satisfied"] as? Bool == false)
            let reopened = try #require(try await api.store.appeal(id: item.id, visibleTo: .all))
            #expect(reopened.status == .reopened)
            #expect(reopened.reopenCount == 1)
            #expect(reopened.feedback?.satisfied == false)
            #expect(reopened.statusReason == "Повторно: автор сообщил, что проблема не решена: Яма на месте")
            let twice = try await api.send(.post, Self.path(number) + "/rating", json: rating)
            #expect(twice.status == .conflict)

            let ratings = try await api.send(.get, "/api/v1/ratings", token: try await api.token("operator"))
            let body = try #require(ratings.items.first { $0["bodyId"] as? String == "b1" })
            #expect((body["reopenedShare"] as? Double ?? 0) > 0)
            #expect(body["satisfactionShare"] as? Double == 0)
        }
    }
}
