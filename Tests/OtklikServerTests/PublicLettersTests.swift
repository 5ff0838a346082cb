import Foundation
import HTTPTypes
import OtklikCore
import OtklikServer
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("Letters to a resident of the public form: the number with the link, and the answer asking «помог ли ответ?» by a link of its own")
struct PublicLettersTests {
    static let site = "https://otklik.example.ru"

    @Test("a resident who gave an e-mail gets the link by letter; the answer's letter carries a new key that opens the item and rates it",
          arguments: TestDatabase.kinds)
    func lettersWithLinks(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind, environment: ["OTKLIK_PUBLIC_URL": Self.site + "/"]) { api in
            let submitted = try await api.send(
                .post, "/api/v1/public/appeals",
                json: ["text": "Не убран снег во дворе", "email": "snow@example.ru", "consent": PublicConsent.current.version]
            )
            let number = try #require(submitted.object["number"] as? String)
            let secret = try #require(submitted.object["secret"] as? String)
            let receipt = try #require(try await api.store.outbox().first { $0.message.kind == .receipt })
            #expect(receipt.channel == .email)
            #expect(receipt.recipient == "snow@example.ru")
            #expect(receipt.message.text.contains(Self.site + PublicLink.path(number: number, secret: secret)))

            let item = try #require(try await PublicAPITests.item(number, in: api))
            try await PublicAPITests.answer(item.id, "Снег убран.", in: api)
            let answer = try #require(try await api.store.outbox().first { $0.message.kind == .answer })
            #expect(answer.channel == .email)
            let text = answer.message.text
            #expect(text.contains("Снег убран."))
            let marker = "Оцените его по ссылке: " + Self.site
            let link = try #require(text.range(of: marker).map { String(text[$0.upperBound...]) })
            let key = try #require(link.components(separatedBy: "key=").last)
            #expect(key != secret && TrackingSecret.isWellFormed(key))
            let opened = try await api.send(.get, PublicAPITests.path(number) + "?secret=\(key)")
            #expect(opened.object["canRate"] as? Bool == true)
            let rated = try await api.send(.post, PublicAPITests.path(number) + "/rating", json: ["secret": key, "satisfied": true])
            #expect(rated.status == .ok)
            #expect(rated.object["satisfied"] as? Bool == true)
        }
    }

    @Test("a resident who gave no e-mail gets no letter; without the site's address letters carry no links; a wrong address stops the start")
    func noLetters() async throws {
        try await APIHarness.run(.sqlite) { api in
            _ = try await api.send(.post, "/api/v1/public/appeals", json: ["text": "Яма", "phone": "+7 900 000-11-22", "consent": PublicConsent.current.version])
            #expect(try await api.store.outbox().isEmpty)
            _ = try await api.send(
                .post, "/api/v1/public/appeals", json: ["text": "Яма", "email": "pit@example.ru", "consent": PublicConsent.current.version]
            )
            let receipt = try #require(try await api.store.outbox().first)
            #expect(!receipt.message.text.contains("/public/appeals/"))
        }
        #expect(throws: ConfigurationError.self) { try ServerConfiguration(environment: ["OTKLIK_PUBLIC_URL": "otklik.example.ru"]).publicBaseURL() }
    }
}
