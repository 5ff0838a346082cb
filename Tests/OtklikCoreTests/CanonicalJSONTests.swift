import Foundation
import OtklikCore
import Testing

/// `CanonicalJSON` writes exactly the bytes Foundation's encoder with `JSONCoding`'s settings writes: the audit
/// payloads and stored documents must not depend on which of the two made them.
struct CanonicalJSONTests {
    private func foundation<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONCoding.encoder().encode(value), as: UTF8.self)
    }

    private func canonical<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try CanonicalJSON.encode(value), as: UTF8.self)
    }

    @Test func demoAppealsThroughTheirWorkflowEncodeAsFoundationDoes() throws {
        var generator = DemoGenerator(seed: 11, now: Fixtures.now)
        let references = WorkflowReferences(
            bodyIds: Set(DemoRegion.bodies.map(\.id)), municipalityIds: Set(DemoRegion.municipalities.map(\.id)), rubricator: .default
        )
        let executors = Dictionary(uniqueKeysWithValues: DemoRegion.bodies.map { ($0.id, DemoRegion.executor(of: $0)) })
        let operatorUser = try #require(DemoRegion.staff.first { $0.role == .operator })
        var compared = 0
        var answered = 0
        for (index, item) in generator.generate(count: 1_500).enumerated() {
            var appeal = Appeal(
                id: "id-\(index)", number: "ЦУР-2026-\(index)", draft: item.draft, receivedAt: item.draft.receivedAt ?? Fixtures.now, now: Fixtures.now
            )
            if index % 3 == 0 {
                appeal.suggestion = StructureSuggestion(
                    modelVersion: "m-\(index)", topics: [.init(id: "roads.repair", probability: 1 / Double(index + 3), words: ["яма", "дорога"])],
                    bodies: [.init(id: item.bodyId, probability: 0.25, words: [])]
                )
            }
            for step in item.steps {
                let actor = step.actorBodyId.flatMap { executors[$0] } ?? operatorUser
                guard let next = try? Workflow.apply(step.action, input: step.input, to: appeal, by: actor, at: step.at, references: references)
                else { continue }
                appeal = next
                #expect(try canonical(appeal) == foundation(appeal))
                compared += 1
            }
            if !appeal.answers.isEmpty { answered += 1 }
            #expect(try canonical(appeal) == foundation(appeal))
            compared += 1
        }
        #expect(compared > 3_000)
        #expect(answered > 100)
    }

    @Test func anAppealWithEveryFieldSetEncodesAsFoundationDoes() throws {
        let at = Fixtures.now
        var appeal = Appeal(
            id: "a-full", number: "ЦУР-2026-000042",
            draft: AppealDraft(kind: .appeal, channel: .email, text: "Текст \"в кавычках\"\nи с переводом строки / косой", topicId: "roads.repair"),
            receivedAt: at, now: at
        )
        appeal.externalId = "ext-1"
        appeal.registeredAt = at.addingTimeInterval(60)
        appeal.author = Author(name: "Иванов И. И.", email: "ivanov@example.ru", phone: "+7 900 000-00-00", profile: "vk.com/id1", postalAddress: "г. Н, ул. М, 1")
        appeal.summary = "Суть"
        appeal.address = "ул. Ленина, 1"
        appeal.point = GeoPoint(lat: 55.75, lon: 37.6173)
        appeal.municipalityId = "60701000"
        appeal.blockId = "roads"
        appeal.bodyId = "b1"
        appeal.executorId = "u-exec"
        appeal.postponedUntil = at.addingTimeInterval(86_400)
        appeal.statusReason = "Причина"
        appeal.rejectionGround = .courtDecision
        appeal.registrationDueAt = at.addingTimeInterval(3 * 86_400)
        appeal.redirectDueAt = at.addingTimeInterval(7 * 86_400)
        appeal.answerDueAt = at.addingTimeInterval(30 * 86_400)
        appeal.extendedAnswerDueAt = at.addingTimeInterval(60 * 86_400)
        appeal.termNote = "Продлён"
        appeal.answeredAt = at.addingTimeInterval(5 * 86_400)
        appeal.closedAt = at.addingTimeInterval(6 * 86_400)
        appeal.duplicateOf = "a-0"
        appeal.repeatOf = "a-1"
        appeal.mergedInto = "a-2"
        appeal.redirectCount = 1
        appeal.returnCount = 2
        appeal.reopenCount = 3
        appeal.assignedAt = at.addingTimeInterval(120)
        appeal.reactedAt = at.addingTimeInterval(180)
        appeal.reactionWorkingMinutes = 45
        appeal.answers = [
            Answer(text: "Промежуточный", authorId: "u-exec", bodyId: "b1", at: at, isInterim: true),
            Answer(
                text: "Ответ", authorId: "u-exec", bodyId: nil, at: at.addingTimeInterval(1),
                review: AnswerReview(grade: .formal, reason: "Отписка", reviewerId: "u-curator", at: at.addingTimeInterval(2))
            ),
        ]
        appeal.feedback = CitizenFeedback(satisfied: false, comment: "Не помогли", at: at.addingTimeInterval(3))
        appeal.suggestion = StructureSuggestion(
            modelVersion: "m-1", topics: [.init(id: "roads.repair", probability: 0.000_111_247_292_169_056_96, words: ["яма"])], bodies: []
        )
        appeal.structuredBy = "model m-1"
        appeal.routedBy = "model m-1"
        // A field added to the appeal is unset here until the test sets it, and then this fails.
        let unset = Mirror(reflecting: appeal).children.filter { "\($0.value)" == "nil" }.compactMap(\.label)
        #expect(unset.isEmpty, "set these in the test: \(unset)")
        #expect(try canonical(appeal) == foundation(appeal))
    }

    @Test func stringsAreEscapedAsFoundationDoes() throws {
        let controls = String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) })
        let strings = [
            "", controls, "\"кавычки\" и \\обратная\\ косая", "a/b/c", "\u{7F}\u{2028}\u{2029}", "эмодзи 👍🏽 и ё",
            "смесь\tтабуляции\r\nи строк",
        ]
        for string in strings {
            #expect(try canonical(string) == foundation(string))
            #expect(try canonical(["ключ": string]) == foundation(["ключ": string]))
        }
    }

    @Test func numbersAreWrittenAsFoundationDoes() throws {
        let doubles: [Double] = [0, -0.0, 1, -1, 0.5, 1.0 / 3, 47.17849869331104, 1e-5, 1.5e-7, 123_456_789_012, 1e16, 1e21, 1e300, .leastNonzeroMagnitude]
        for double in doubles {
            #expect(try canonical(double) == foundation(double))
            #expect(try canonical([double]) == foundation([double]))
        }
        let integers: [Int64] = [0, -1, 42, .max, .min]
        for integer in integers { #expect(try canonical(["n": integer]) == foundation(["n": integer])) }
        #expect(try canonical([UInt8.max]) == foundation([UInt8.max]))
        let floats: [Float] = [0.1, 1, 3.4e38, 1e-7]
        #expect(try canonical(floats) == foundation(floats))
        #expect(try canonical(["f": Float(0.1)]) == foundation(["f": Float(0.1)]))
        #expect(try canonical([true, false]) == foundation([true, false]))
    }

    @Test func keysAreSortedByTheirBytesAsFoundationSortsThem() throws {
        // "e\u{301}" (e and a combining accent) sorts before "f" by its bytes, after it as a `String`.
        let keys = ["b", "a", "B", "A", "aB", "ab", "a1", "a10", "a2", "_x", "ё", "я", "z", "e\u{301}", "f"]
        let object = Dictionary(uniqueKeysWithValues: keys.map { ($0, 1) })
        #expect(try canonical(object) == foundation(object))
        #expect(try canonical([3: "три", 1: "один", 20: "двадцать"]) == foundation([3: "три", 1: "один", 20: "двадцать"]))
    }

    @Test func emptyValuesAndNullsAreWrittenAsFoundationDoes() throws {
        let empty: [String: Int] = [:]
        #expect(try canonical(empty) == foundation(empty))
        #expect(try canonical([String]()) == foundation([String]()))
        #expect(try canonical(Empty()) == foundation(Empty()))
        let withNils: [String?] = ["a", nil, "b"]
        #expect(try canonical(withNils) == foundation(withNils))
        #expect(try canonical(["x": withNils]) == foundation(["x": withNils]))
    }

    @Test func smallIntegersAndEnumsWithValuesAreWrittenAsFoundationDoes() throws {
        let value = Mixed(small: -8, unsigned: .max, wide: .max, choice: .pair(1, "два"), other: .none)
        #expect(try canonical(value) == foundation(value))
        #expect(try canonical([Int16.min]) == foundation([Int16.min]))
        #expect(try canonical([Int128.min]) == foundation([Int128.min]))
    }

    @Test func containersHandedOutForLaterAreTakenInAtTheClose() throws {
        let value = Nested()
        #expect(try canonical(value) == foundation(value))
        #expect(try canonical([value, value]) == foundation([value, value]))
    }

    /// Foundation would write bytes as base64: canonical documents hold none, so `CanonicalJSON` refuses them.
    @Test func aNumberThatIsNotFiniteOrBytesAreRefused() throws {
        #expect(throws: EncodingError.self) { try CanonicalJSON.encode(["x": Double.nan]) }
        #expect(throws: EncodingError.self) { try CanonicalJSON.encode(["x": Data([1, 2])]) }
    }

    private struct Empty: Encodable {}

    private struct Mixed: Encodable {
        enum Choice: Encodable {
            case pair(Int, String)
            case none
        }

        var small: Int8
        var unsigned: UInt64
        var wide: Int128
        var choice: Choice
        var other: Choice
    }

    /// Writes through nested containers and super encoders, after writing further members, and a key twice.
    private struct Nested: Encodable {
        enum Key: String, CodingKey { case zeta, alpha, list, parent, twice }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            var inner = container.nestedContainer(keyedBy: Key.self, forKey: .zeta)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try container.encode("первый", forKey: .twice)
            try container.encode(1, forKey: .alpha)
            try inner.encode(true, forKey: .alpha)
            try list.encode("x")
            var deeper = list.nestedContainer(keyedBy: Key.self)
            try list.encodeNil()
            try deeper.encode(2.5, forKey: .zeta)
            var parent = container.superEncoder(forKey: .parent).singleValueContainer()
            try parent.encode(["a", "b"])
            try container.encode("второй", forKey: .twice)
            var base = container.superEncoder().unkeyedContainer()
            try base.encode(Date(timeIntervalSince1970: 0))
        }
    }
}
