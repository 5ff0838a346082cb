import Foundation
import Testing

@testable import OtklikCore

@Suite("Intake: a draft is checked at the edge and every bad field is named")
struct IntakeValidationTests {
    let validator = AppealDraftValidator(municipalityIds: ["60701000"], rubricator: .default)

    func fields(_ draft: AppealDraft) -> [String] {
        validator.errors(in: draft, now: Fixtures.now).map(\.field)
    }

    @Test("a plain letter with text is valid")
    func plainDraftIsValid() {
        #expect(fields(AppealDraft(kind: .appeal, channel: .letter, text: "Прошу отремонтировать дорогу")).isEmpty)
    }

    @Test("empty text and text over 20,000 characters are refused")
    func textLength() {
        #expect(fields(AppealDraft(kind: .appeal, channel: .letter, text: "  \n ")) == ["text"])
        #expect(fields(AppealDraft(kind: .appeal, channel: .letter, text: String(repeating: "я", count: 20_001))) == ["text"])
        #expect(fields(AppealDraft(kind: .appeal, channel: .letter, text: String(repeating: "я", count: 20_000))).isEmpty)
    }

    @Test("unknown municipality, unknown topic, a topic of another block and a point off the globe are named")
    func referencesAndPoint() {
        let draft = AppealDraft(
            kind: .message, channel: .pos, text: "Текст", point: GeoPoint(lat: 91, lon: 0), municipalityId: "00000000",
            blockId: "zhkh", topicId: "roads.repair"
        )
        #expect(Set(fields(draft)) == ["point", "municipalityId", "blockId"])
        #expect(fields(AppealDraft(kind: .message, channel: .pos, text: "Текст", topicId: "nope")) == ["topicId"])
    }

    @Test("a malformed e-mail or phone of the author is named")
    func authorContacts() {
        let draft = AppealDraft(kind: .message, channel: .email, author: Author(email: "нет-собаки", phone: "12"), text: "Текст")
        #expect(fields(draft) == ["author.email", "author.phone"])
        let good = AppealDraft(kind: .message, channel: .email, author: Author(email: "a@b.ru", phone: "+7 (918) 555-12-34"), text: "Текст")
        #expect(fields(good).isEmpty)
    }

    @Test("receipt in the future is refused")
    func futureReceipt() {
        #expect(fields(AppealDraft(kind: .appeal, channel: .letter, receivedAt: Fixtures.now.addingTimeInterval(3600), text: "т")) == ["receivedAt"])
    }

    @Test("an appeal with no author data is anonymous; personal data is masked for media")
    func anonymityAndMasking() {
        #expect(Author().isAnonymous)
        #expect(!Author(phone: "+79185551234").isAnonymous)
        #expect(Author(name: "Иванов Сергей", email: "s@mail.ru").masked == Author(name: "И***", email: "s***"))
        #expect(!Role.media.seesPersonalData && !Role.observer.seesPersonalData && Role.executor.seesPersonalData)
    }

    @Test("public numbers are padded to six digits")
    func publicNumber() {
        #expect(PublicNumber(year: 2026, sequence: 123).formatted == "ЦУР-2026-000123")
        #expect(PublicNumber(prefix: "МЦУ", year: 2027, sequence: 1_234_567).formatted == "МЦУ-2027-1234567")
    }

    @Test("scopes: an executor sees its body, a block head its blocks, the centre everything")
    func scopes() {
        let appeal = Fixtures.appeal(.assigned)
        #expect(Fixtures.user(.executor, body: "b1").scope.contains(appeal))
        #expect(!Fixtures.user(.executor, body: "b2").scope.contains(appeal))
        #expect(!Fixtures.user(.executor).scope.contains(appeal))
        #expect(Fixtures.user(.blockHead, blocks: ["roads"]).scope.contains(appeal))
        #expect(!Fixtures.user(.blockHead, blocks: ["zhkh"]).scope.contains(appeal))
        #expect(Fixtures.user(.observer).scope.contains(appeal))
    }

    @Test("the demo generator is deterministic for a seed")
    func demoIsDeterministic() {
        var a = DemoGenerator(seed: 7, now: Fixtures.now)
        var b = DemoGenerator(seed: 7, now: Fixtures.now)
        let left = a.generate(count: 200)
        let right = b.generate(count: 200)
        #expect(left.map(\.draft) == right.map(\.draft))
        #expect(Set(left.map(\.draft.channel)).count > 5)
        #expect(left.allSatisfy { $0.steps.allSatisfy { $0.at <= Fixtures.now } })
    }
}
