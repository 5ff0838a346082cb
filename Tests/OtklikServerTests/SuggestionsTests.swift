import Foundation
import HTTPTypes
import OtklikCore
import OtklikStore
import OtklikTestSupport
import Testing

@testable import OtklikServer

@Suite("Suggestions: urgency flags, likely repeats and duplicates")
struct SuggestionsTests {
    /// A house in Rostov-on-Don; a neighbour is ten metres north.
    static func appeal(_ text: String, phone: String, north metres: Double = 0) -> [String: Any] {
        [
            "kind": "appeal", "channel": "letter", "text": text, "municipalityId": "60701000", "blockId": "zhkh", "topicId": "zhkh.heating",
            "author": ["name": "Житель", "phone": phone], "address": "г. Ростов-на-Дону, ул. Садовая, д. 5",
            "point": ["lat": 47.2221 + metres / 111_320, "lon": 39.7186],
        ]
    }

    func post(_ api: APIHarness, _ token: String, _ body: [String: Any]) async throws -> (id: String, number: String) {
        let reply = try await api.send(.post, "/api/v1/appeals", token: token, json: body)
        #expect(reply.status == .created)
        return (try #require(reply.object["id"] as? String), try #require(reply.object["number"] as? String))
    }

    @Test("the same author at the same house again is a likely repeat, a neighbour's complaint a likely duplicate, each with its reasons",
          arguments: TestDatabase.kinds)
    func repeatsAndDuplicates(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let token = try await api.token("operator")
            let first = try await post(api, token, Self.appeal("Третий день нет горячей воды в подъезде дома 5", phone: "+7 900 111-22-33"))
            let neighbour = try await post(api, token, Self.appeal("Нет горячей воды в доме 5 уже три дня", phone: "+7 900 444-55-66", north: 10))
            let again = try await post(api, token, Self.appeal("Горячей воды так и нет в доме 5!", phone: "8 (900) 111-22-33"))

            let reply = try await api.send(.get, "/api/v1/appeals/\(again.id)/suggestions", token: token)
            #expect(reply.status == .ok)
            #expect(reply.object["similarity"] as? String == "ready")
            let matches = reply.object["matches"] as? [[String: Any]] ?? []
            let relations = Dictionary(uniqueKeysWithValues: matches.map { ($0["id"] as? String ?? "", $0["relation"] as? String ?? "") })
            #expect(relations == [first.id: "repeat", neighbour.id: "duplicate"])
            let repeatMatch = try #require(matches.first { $0["id"] as? String == first.id })
            #expect(repeatMatch["number"] as? String == first.number)
            #expect(repeatMatch["sameAddress"] as? Bool == true)
            #expect((repeatMatch["sharedWords"] as? [String] ?? []).contains("вод"))
            let flags = reply.object["flags"] as? [[String: Any]] ?? []
            #expect(flags.map { $0["flag"] as? String } == ["accident"])

            // The first appeal has nothing earlier to repeat.
            let earliest = try await api.send(.get, "/api/v1/appeals/\(first.id)/suggestions", token: token)
            #expect((earliest.object["matches"] as? [[String: Any]])?.isEmpty == true)
        }
    }

    @Test("suggestions of an unknown appeal are «not found»; without a token they are refused")
    func suggestionsNeedAVisibleAppeal() async throws {
        try await APIHarness.run(.sqlite) { api in
            let token = try await api.token("operator")
            let missing = try await api.send(.get, "/api/v1/appeals/no-such-appeal/suggestions", token: token)
            #expect(missing.status == .notFound)
            #expect(missing.isProblem)
            #expect(try await api.send(.get, "/api/v1/appeals/no-such-appeal/suggestions").status == .unauthorized)
        }
    }

    @Test("the card shows the flags and the likely duplicate with its reasons, and merges it only when the operator presses the button",
          arguments: TestDatabase.kinds)
    func cardSuggestsAndMergesOnRequest(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let token = try await api.token("operator")
            let first = try await post(api, token, Self.appeal("Нет горячей воды в подъезде дома 5", phone: "+7 900 111-22-33"))
            let second = try await post(api, token, Self.appeal("В доме 5 нет горячей воды", phone: "+7 900 444-55-66", north: 10))
            let session = try await api.session("operator")
            let card = try await api.page(.get, "/appeals/\(second.id)", cookies: ["otklik_session": session])
            #expect(card.status == .ok)
            #expect(card.html.contains("Авария"))
            #expect(card.html.contains("Возможный дубликат"))
            #expect(card.html.contains(first.number))
            #expect(card.html.contains("тот же адрес"))
            #expect(card.html.contains(#"name="intoId" value="\#(first.id)""#))
            #expect(try await api.store.appeal(id: second.id, visibleTo: .all)?.status == .new)

            let csrf = try #require(card.hidden("_csrf"))
            let merged = try await api.page(
                .post, "/appeals/\(second.id)/actions/merge", cookies: ["otklik_session": session],
                form: ["_csrf": csrf, "version": "1", "intoId": first.id]
            )
            #expect(merged.status == .seeOther)
            let after = try await api.store.appeal(id: second.id, visibleTo: .all)
            #expect(after?.status == .merged)
            #expect(after?.duplicateOf == first.id)
        }
    }

    @Test("the card offers to mark a likely repeat and links it only when the operator presses the button; it then counts as repeated",
          arguments: TestDatabase.kinds)
    func cardMarksARepeatOnRequest(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let token = try await api.token("operator")
            let first = try await post(api, token, Self.appeal("Третий день нет горячей воды в подъезде дома 5", phone: "+7 900 111-22-33"))
            let again = try await post(api, token, Self.appeal("Горячей воды так и нет в доме 5!", phone: "8 (900) 111-22-33"))
            let session = try await api.session("operator")
            let card = try await api.page(.get, "/appeals/\(again.id)", cookies: ["otklik_session": session])
            #expect(card.html.contains("Отметить как повторное к \(first.number)"))
            #expect(try await api.store.appeal(id: again.id, visibleTo: .all)?.repeatOf == nil)

            let csrf = try #require(card.hidden("_csrf"))
            let marked = try await api.page(
                .post, "/appeals/\(again.id)/actions/repeat", cookies: ["otklik_session": session],
                form: ["_csrf": csrf, "version": "1", "repeatOf": first.id]
            )
            #expect(marked.status == .seeOther)
            let after = try await api.store.appeal(id: again.id, visibleTo: .all)
            #expect(after?.repeatOf == first.id)
            #expect(after?.status == .new)
            let shown = try await api.page(.get, "/appeals/\(again.id)", cookies: ["otklik_session": session])
            #expect(shown.html.contains("Повторное к"))
            #expect(!shown.html.contains("Отметить как повторное к \(first.number)"))
            #expect(try await api.store.history(of: again.id).map(\.type) == ["created", "repeat"])

            // The earlier item cannot be a repeat of the later one, nor an item of itself.
            let backwards = try await api.send(.post, "/api/v1/appeals/\(first.id)/actions/repeat", token: token, json: ["repeatOf": again.id])
            #expect(backwards.status == .unprocessableContent)
            #expect(backwards.errorFields == ["repeatOf"])
            let itself = try await api.send(.post, "/api/v1/appeals/\(first.id)/actions/repeat", token: token, json: ["repeatOf": first.id])
            #expect(itself.errorFields == ["repeatOf"])

            let today = LocalDate(Date(), in: ServerConfiguration().timeZone)
            let flow = try await api.send(
                .get, "/api/v1/stats/flow?from=\(today.adding(days: -1).iso)&to=\(today.adding(days: 2).iso)&by=block", token: token
            )
            #expect((flow.object["total"] as? [String: Any])?["repeated"] as? Int == 1)
        }
    }
}

@Suite("Structure suggestions: topics and bodies from the model, with its version")
struct StructureSuggestionTests {
    /// The suggestions once the first model is trained (the first request starts the training).
    func trained(_ api: APIHarness, _ token: String, _ id: String) async throws -> [String: Any] {
        for _ in 0..<60 {
            let reply = try await api.send(.get, "/api/v1/appeals/\(id)/suggestions", token: token)
            #expect(reply.status == .ok)
            if let structure = reply.object["structure"] as? [String: Any], structure["status"] as? String == "ready" { return structure }
            try await Task.sleep(for: .milliseconds(500))
        }
        Issue.record("the structure model was not trained in 30 s")
        return [:]
    }

    @Test("a new deployment suggests the topic from the rubricator's keywords, records the model and pre-selects the topic in the form",
          arguments: TestDatabase.kinds)
    func dayOneSuggestion(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let token = try await api.token("operator")
            let created = try await api.send(
                .post, "/api/v1/appeals", token: token,
                json: ["kind": "message", "channel": "vk", "text": "Третий вечер во дворе не горят фонари, очень темно"]
            )
            let id = try #require(created.object["id"] as? String)
            let structure = try await trained(api, token, id)
            let topics = structure["topics"] as? [[String: Any]] ?? []
            #expect(topics.first?["id"] as? String == "improvement.lighting")
            #expect(topics.first?["title"] as? String == "Уличное освещение")
            let version = try #require(structure["modelVersion"] as? String)
            #expect(try await api.store.structureModels().map(\.version).contains(version))

            let session = try await api.session("operator")
            let card = try await api.page(.get, "/appeals/\(id)", cookies: ["otklik_session": session])
            #expect(card.html.contains("Уличное освещение</strong>"))
            #expect(card.html.contains(#"<option value="improvement.lighting" selected>"#))
            #expect(card.html.contains(version))
            #expect(try await api.store.appeal(id: id, visibleTo: .all)?.topicId == nil)
        }
    }
}

@Suite("Automatic structuring at intake")
struct AutomaticStructuringTests {
    @Test("above the confidence an appeal without a topic gets the model's topic at intake, with the suggestion and its version recorded; a person's structure replaces it",
          arguments: TestDatabase.kinds)
    func automaticTopicAtIntake(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            var settings = StructureSettings()
            settings.autoStructureConfidence = 0.5
            settings.autoStructureMinimumExamples = 0
            settings.featureBits = APIHarness.featureBits
            await api.store.configureStructureModel(settings)
            let model = try #require(await api.store.structureModel(patience: .seconds(60)))
            let token = try await api.token("operator")
            let lamp = ["kind": "message", "channel": "vk", "text": "Не горят фонари на улице, уличное освещение не работает, темно"]
            let reply = try await api.send(.post, "/api/v1/appeals", token: token, json: lamp)
            #expect(reply.status == .created)
            #expect(reply.object["topicId"] as? String == "improvement.lighting")
            #expect(reply.object["blockId"] as? String == "improvement")
            #expect(reply.object["structuredBy"] as? String == "model \(model.version)")
            let suggestion = try #require(reply.object["suggestion"] as? [String: Any])
            #expect(suggestion["modelVersion"] as? String == model.version)
            #expect((suggestion["topics"] as? [[String: Any]])?.first?["id"] as? String == "improvement.lighting")

            // A topic the client chose is never replaced, and the model's guess is no label to learn from.
            var chosen = lamp
            chosen["topicId"] = "roads.repair"
            let kept = try await api.send(.post, "/api/v1/appeals", token: token, json: chosen)
            #expect(kept.object["topicId"] as? String == "roads.repair")
            #expect(kept.object["structuredBy"] == nil)
            #expect(try await api.store.structureExamples(limit: 10).map(\.topicId) == ["roads.repair"])

            let id = try #require(reply.object["id"] as? String)
            let restructured = try await api.send(
                .post, "/api/v1/appeals/\(id)/actions/structure", token: token, json: ["topicId": "improvement.yards"]
            )
            #expect(restructured.status == .ok)
            #expect(restructured.object["topicId"] as? String == "improvement.yards")
            #expect(restructured.object["structuredBy"] == nil)
        }
    }

    @Test("above the confidence a new appeal goes to the body the model names, on record as the model's action; with routing off it waits",
          arguments: TestDatabase.kinds)
    func automaticRouting(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            // A history the model learns bodies from: street lights answered by the city, buses by the ministry.
            let operatorUser = try #require(try await api.store.users().first { $0.login == "operator" })
            let history = (0..<12).flatMap { index in
                [
                    AppealDraft(kind: .message, channel: .vk, text: "Не горят фонари на улице \(index), темно во дворе", topicId: "improvement.lighting"),
                    AppealDraft(kind: .message, channel: .vk, text: "Автобус маршрута \(index) не пришёл, остановка пустая", topicId: "transport.routes"),
                ]
            }
            let taken = try await api.store.intake(history, by: operatorUser)
            _ = try await api.store.perform(
                taken.map { result in
                    ActionRequest(
                        action: .assign, input: ActionInput(bodyId: result.appeal.text.hasPrefix("Автобус") ? "b2" : "b1"), appealId: result.appeal.id,
                        user: operatorUser, at: Date()
                    )
                }
            )
            var settings = StructureSettings()
            settings.autoStructureConfidence = nil
            settings.autoRouteConfidence = 0.6
            settings.autoStructureMinimumExamples = 0
            settings.featureBits = APIHarness.featureBits
            await api.store.configureStructureModel(settings)
            let model = try #require(await api.store.structureModel(patience: .seconds(60)))
            #expect(model.bodyClasses == 2)
            let token = try await api.token("operator")
            let reply = try await api.send(
                .post, "/api/v1/appeals", token: token, json: ["kind": "message", "channel": "vk", "text": "Автобус маршрута 77 не пришёл, остановка пустая", "topicId": "transport.routes"]
            )
            #expect(reply.status == .created)
            #expect(reply.object["status"] as? String == "assigned")
            #expect(reply.object["bodyId"] as? String == "b2")
            let id = try #require(reply.object["id"] as? String)
            let events = try await api.store.history(of: id)
            #expect(events.map(\.type) == ["created", "assign"])
            #expect(events.last?.actorId == StructureModel.actorId)
            #expect(reply.object["routedBy"] as? String == "model \(model.version)")
            let session = try await api.session("operator")
            let card = try await api.page(.get, "/appeals/\(id)", cookies: ["otklik_session": session])
            #expect(card.html.contains(StructureModel.actorName))
            #expect(card.html.contains("Орган определён"))
            // The model's own choice is no label to learn from; a person's redirect makes the body theirs.
            let example = try #require(try await api.store.structureExamples(limit: 100).first { $0.text.contains("маршрута 77") })
            #expect(example.topicId == "transport.routes")
            #expect(example.bodyId == nil)
            let redirected = try await api.send(
                .post, "/api/v1/appeals/\(id)/actions/redirect", token: token, json: ["bodyId": "b1", "reason": "Не по компетенции министерства"]
            )
            #expect(redirected.object["routedBy"] == nil)
            let redirectedCard = try await api.page(.get, "/appeals/\(id)", cookies: ["otklik_session": session])
            #expect(!redirectedCard.html.contains("Орган определён"))
            #expect(try await api.store.structureExamples(limit: 100).first { $0.text.contains("маршрута 77") }?.bodyId == "b1")

            settings.autoRouteConfidence = nil
            await api.store.configureStructureModel(settings)
            _ = try #require(await api.store.structureModel(patience: .seconds(60)))
            let waiting = try await api.send(
                .post, "/api/v1/appeals", token: token, json: ["kind": "message", "channel": "vk", "text": "Автобус маршрута 78 не пришёл, остановка пустая"]
            )
            #expect(waiting.object["status"] as? String == "new")
            #expect(waiting.object["bodyId"] == nil)
        }
    }

    @Test("below the confidence, or with automatic structuring off, the appeal waits for the operator with the suggestion recorded")
    func belowConfidenceWaits() async throws {
        try await APIHarness.run(.sqlite) { api in
            var settings = StructureSettings()
            settings.autoStructureConfidence = nil
            settings.featureBits = APIHarness.featureBits
            await api.store.configureStructureModel(settings)
            _ = try #require(await api.store.structureModel(patience: .seconds(60)))
            let token = try await api.token("operator")
            let reply = try await api.send(
                .post, "/api/v1/appeals", token: token, json: ["kind": "message", "channel": "vk", "text": "Не горят фонари на улице, темно"]
            )
            #expect(reply.object["topicId"] == nil)
            #expect(reply.object["structuredBy"] == nil)
            #expect(reply.object["suggestion"] is [String: Any])
        }
    }
}

@Suite("The municipality suggested from the address or the text")
struct MunicipalitySuggestionTests {
    @Test("a message naming the city in any form suggests its municipality and pre-selects it in the structure form")
    func municipalityFromText() async throws {
        try await APIHarness.run(.sqlite) { api in
            let token = try await api.token("operator")
            let created = try await api.send(
                .post, "/api/v1/appeals", token: token, json: ["kind": "message", "channel": "vk", "text": "В Ростове-на-Дону на Садовой яма"]
            )
            let id = try #require(created.object["id"] as? String)
            let reply = try await api.send(.get, "/api/v1/appeals/\(id)/suggestions", token: token)
            let place = try #require(reply.object["municipality"] as? [String: Any])
            #expect(place["id"] as? String == "60701000")
            #expect(place["words"] as? [String] == ["ростове", "на", "дону"])

            let session = try await api.session("operator")
            let card = try await api.page(.get, "/appeals/\(id)", cookies: ["otklik_session": session])
            #expect(card.html.contains(#"<option value="60701000" selected>"#))
            #expect(try await api.store.appeal(id: id, visibleTo: .all)?.municipalityId == nil)

            let plain = try await api.send(.post, "/api/v1/appeals", token: token, json: ["kind": "message", "channel": "vk", "text": "Яма во дворе"])
            let none = try await api.send(.get, "/api/v1/appeals/\(try #require(plain.object["id"] as? String))/suggestions", token: token)
            #expect(none.object["municipality"] == nil)
        }
    }

    @Test("an address naming a stanitsa of the district suggests the district once its places are loaded")
    func municipalityFromSettlement() async throws {
        try await APIHarness.run(.sqlite) { api in
            try await api.store.save(municipalities: [Municipality(oktmo: "60657000", name: "Цимлянский район")])
            let token = try await api.token("operator")
            let created = try await api.send(
                .post, "/api/v1/appeals", token: token,
                json: ["kind": "message", "channel": "vk", "text": "Нет освещения на улице", "address": "ст-ца Калининская, ул. Мира, 3"]
            )
            let id = try #require(created.object["id"] as? String)
            let before = try await api.send(.get, "/api/v1/appeals/\(id)/suggestions", token: token)
            #expect(before.object["municipality"] == nil)
            try await api.store.save(places: ["60657000": ["ст-ца Калининская", "г Цимлянск"]])
            let after = try await api.send(.get, "/api/v1/appeals/\(id)/suggestions", token: token)
            let place = try #require(after.object["municipality"] as? [String: Any])
            #expect(place["id"] as? String == "60657000")
            #expect(place["title"] as? String == "Цимлянский район")
            #expect(place["words"] as? [String] == ["калининская"])
        }
    }

    @Test("a message that names no place but has a point suggests the municipality of the nearest centre, with the distance as the reason")
    func municipalityFromPoint() async throws {
        try await APIHarness.run(.sqlite) { api in
            try await api.store.save(municipalities: [
                Municipality(oktmo: "60701000", name: "город Ростов-на-Дону", centre: GeoPoint(lat: 47.2225, lon: 39.7187)),
                Municipality(oktmo: "60657000", name: "Цимлянский район", centre: GeoPoint(lat: 47.6477, lon: 42.0942)),
            ])
            let token = try await api.token("operator")
            let near = try await api.send(
                .post, "/api/v1/appeals", token: token,
                json: ["kind": "message", "channel": "vk", "text": "Яма во дворе", "point": ["lat": 47.6300, "lon": 42.1200]]
            )
            let id = try #require(near.object["id"] as? String)
            let reply = try await api.send(.get, "/api/v1/appeals/\(id)/suggestions", token: token)
            let place = try #require(reply.object["municipality"] as? [String: Any])
            #expect(place["id"] as? String == "60657000")
            let metres = try #require(place["distanceMetres"] as? Double)
            #expect((2_000...3_000).contains(metres))
            let session = try await api.session("operator")
            let card = try await api.page(.get, "/appeals/\(id)", cookies: ["otklik_session": session])
            #expect(card.html.contains("по точке: 2,"))

            let far = try await api.send(
                .post, "/api/v1/appeals", token: token,
                json: ["kind": "message", "channel": "vk", "text": "Яма во дворе", "point": ["lat": 50.0, "lon": 45.0]]
            )
            let none = try await api.send(.get, "/api/v1/appeals/\(try #require(far.object["id"] as? String))/suggestions", token: token)
            #expect(none.object["municipality"] == nil)
        }
    }
}

@Suite("Control characters in an appeal")
struct ControlCharacterTests {
    @Test("a text with a NUL character is taken in whole on both databases; an external id with one is refused", arguments: TestDatabase.kinds)
    func nulCharacters(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let token = try await api.token("operator")
            let text = "Яма\u{0}на дороге\u{84}"
            let reply = try await api.send(.post, "/api/v1/appeals", token: token, json: ["kind": "message", "channel": "open311", "text": text])
            #expect(reply.status == .created)
            #expect(reply.object["text"] as? String == text)
            let before = try await api.counts()
            let refused = try await api.send(
                .post, "/api/v1/appeals", token: token, json: ["kind": "message", "channel": "open311", "text": "Яма", "externalId": "a\u{0}b"]
            )
            #expect(refused.status == .unprocessableContent)
            #expect(refused.errorFields == ["externalId"])
            #expect(try await api.counts() == before)
        }
    }
}
