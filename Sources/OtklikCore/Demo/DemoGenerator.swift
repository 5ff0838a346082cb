import Foundation

/// Makes believable appeals for the demo region: spread over 120 days, channels, topics and
/// municipalities, with workflows in every stage, some redirected, returned, postponed, reworked, graded,
/// rated, rejected, reopened and repeated; the last days carry a water outage in one town (a spike for the
/// dashboard to find). Deterministic for a seed.
public struct DemoGenerator {
    public var now: Date
    public var days: Int = 120
    private var random: SeededGenerator
    private let rubricator = Rubricator.default

    public init(seed: UInt64, now: Date) {
        self.now = now
        random = SeededGenerator(seed: seed)
    }

    static let channels: [(Channel, Int)] = [
        (.pos, 30), (.vk, 15), (.telegram, 10), (.ok, 5), (.webForm, 10), (.email, 8), (.letter, 8), (.phone, 8), (.visit, 3),
        (.regionalSystem, 3),
    ]

    /// The outage: this share of the items, about cold water, in the region's second town, in its last days.
    static let surgePercent = 3
    static let surgeDays = 4
    static let surgeTopicId = "water.supply"

    mutating func pick<T>(_ weighted: [(T, Int)]) -> T {
        var roll = Int.random(in: 0..<weighted.reduce(0) { $0 + $1.1 }, using: &random)
        for (value, weight) in weighted {
            if roll < weight { return value }
            roll -= weight
        }
        return weighted[weighted.count - 1].0
    }

    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    mutating func element<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }

    static func kind(for channel: Channel, publication: Bool) -> AppealKind {
        switch channel {
        case .letter, .visit, .webForm: .appeal
        case .vk, .ok, .telegram: publication ? .publication : .message
        default: .message
        }
    }

    public mutating func generate(count: Int) -> [DemoAppeal] {
        let municipalityWeights = DemoRegion.municipalities.map { ($0, max(1, ($0.population ?? 50_000) / 20_000)) }
        var result: [DemoAppeal] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            let surge = chance(Self.surgePercent)
            let municipality = surge ? DemoRegion.municipalities[1] : pick(municipalityWeights)
            let topic = surge ? rubricator.topics.first { $0.id == Self.surgeTopicId } ?? element(rubricator.topics) : element(rubricator.topics)
            let channel = pick(Self.channels)
            let ageSeconds = Double.random(in: 0..<Double((surge ? min(days, Self.surgeDays) : days) * 86_400), using: &random)
            let receivedAt = Date(timeIntervalSince1970: (now.timeIntervalSince1970 - ageSeconds).rounded(.down))
            let template = element(DemoTexts.byTopic[topic.id] ?? ["Прошу рассмотреть вопрос на ул. {street}."])
            let body = template.replacingOccurrences(of: "{street}", with: element(DemoTexts.streets))
                .replacingOccurrences(of: "{house}", with: String(Int.random(in: 1...120, using: &random)))
            let text = [element(DemoTexts.openings), body, element(DemoTexts.closings)].filter { !$0.isEmpty }.joined(separator: " ")
            let anonymous = chance(5)
            let name = element(DemoTexts.names)
            let author =
                anonymous
                ? nil
                : Author(
                    name: name, email: chance(50) ? "citizen\(index)@example.ru" : nil,
                    phone: chance(60) ? "+7 (9\(Int.random(in: 10...99, using: &random))) 555-\(Int.random(in: 10...99, using: &random))-\(Int.random(in: 10...99, using: &random))" : nil,
                    profile: [.vk, .ok, .telegram].contains(channel) ? "id\(100_000 + index)" : nil
                )
            let centre = municipality.centre ?? GeoPoint(lat: 47.2, lon: 39.7)
            let point = GeoPoint(
                lat: centre.lat + Double.random(in: -0.04...0.04, using: &random), lon: centre.lon + Double.random(in: -0.06...0.06, using: &random)
            )
            let external = [.pos, .vk, .ok, .telegram, .regionalSystem].contains(channel) ? "demo-\(index)" : nil
            let draft = AppealDraft(
                kind: Self.kind(for: channel, publication: chance(50)), channel: channel, externalId: external, receivedAt: receivedAt,
                author: author, text: text, address: "ул. \(element(DemoTexts.streets))", point: point
            )
            let bodyId = DemoRegion.bodyId(block: topic.blockId, municipality: municipality.oktmo)
            let steps = plan(receivedAt: receivedAt, topic: topic, municipality: municipality, bodyId: bodyId, pace: Self.pace(of: draft.kind))
            let repeatOf = index > 50 && chance(4) ? Int.random(in: 0..<(index - 1), using: &random) : nil
            result.append(DemoAppeal(draft: draft, bodyId: bodyId, steps: steps, repeatOfIndex: repeatOf))
        }
        return result
    }

    /// The workflow steps: how far an appeal got depends on its age, with a few detours.
    /// Steps are in time order, so dropping those after `now` keeps a valid prefix.
    mutating func plan(receivedAt: Date, topic: Topic, municipality: Municipality, bodyId: String, pace: TimeInterval) -> [DemoStep] {
        planSteps(receivedAt: receivedAt, topic: topic, municipality: municipality, bodyId: bodyId, pace: pace).filter { $0.at <= now }
    }

    /// The longest gap between two steps: bodies keep to the terms of each kind (`TermRules.default`)
    /// most of the time, so only the items that stall become overdue.
    static func pace(of kind: AppealKind) -> TimeInterval {
        switch kind {
        case .appeal: 3 * 86_400
        case .message: 86_400
        case .publication: 3_600
        }
    }

    mutating func planSteps(
        receivedAt: Date, topic: Topic, municipality: Municipality, bodyId: String, pace: TimeInterval
    ) -> [DemoStep] {
        let age = now.timeIntervalSince(receivedAt)
        let ageDays = age / 86_400
        // Fresh appeals stop early; older ones are mostly closed.
        let stage: Int =
            if ageDays < 1 { pick([(0, 50), (1, 30), (2, 20)]) } else if ageDays < 7 {
                pick([(0, 5), (1, 10), (2, 25), (3, 40), (4, 15), (5, 5)])
            } else if ageDays < 30 { pick([(2, 8), (3, 25), (4, 17), (5, 50)]) } else { pick([(2, 2), (3, 6), (4, 7), (5, 85)]) }
        var steps: [DemoStep] = []
        var clock = receivedAt
        let gap = max(60, min(age / 10, pace))
        func next() -> Date {
            clock = clock.addingTimeInterval(gap * Double.random(in: 0.3...1.0, using: &random))
            return clock
        }
        if stage == 0 { return [] }
        if stage <= 2 && chance(4) {
            return [DemoStep(action: .reject, input: ActionInput(ground: .essenceUnclear), actorBodyId: nil, at: next())]
        }
        steps.append(
            DemoStep(
                action: .register, input: ActionInput(topicId: topic.id, municipalityId: municipality.oktmo, summary: topic.name),
                actorBodyId: nil, at: next()
            )
        )
        if stage == 1 { return steps }
        steps.append(DemoStep(action: .assign, input: ActionInput(bodyId: bodyId), actorBodyId: nil, at: next()))
        if stage == 2 { return steps }
        if chance(3) {
            // The body says it is not theirs; the centre, having checked, sends it back to them.
            steps.append(DemoStep(action: .return, input: ActionInput(reason: "Вопрос не входит в полномочия органа"), actorBodyId: bodyId, at: next()))
            steps.append(DemoStep(action: .assign, input: ActionInput(bodyId: bodyId), actorBodyId: nil, at: next()))
        }
        var body = bodyId
        steps.append(DemoStep(action: .accept, input: ActionInput(), actorBodyId: body, at: next()))
        if chance(6) {
            let target = body == "min-housing" ? "\(municipality.oktmo)-adm" : "min-housing"
            steps.append(
                DemoStep(action: .redirect, input: ActionInput(bodyId: target, reason: "Вопрос относится к компетенции другого органа"),
                         actorBodyId: body, at: next())
            )
            body = target
            steps.append(DemoStep(action: .accept, input: ActionInput(), actorBodyId: body, at: next()))
        }
        if stage == 3 {
            if chance(15) {
                // Extended by two weeks from the day it is postponed: well inside 59-ФЗ ст. 12 ч. 2.
                let at = next()
                steps.append(
                    DemoStep(action: .postpone, input: ActionInput(until: at.addingTimeInterval(14 * 86_400), reason: "Ожидаются результаты проверки"),
                             actorBodyId: body, at: at)
                )
            }
            return steps
        }
        steps.append(DemoStep(action: .answer, input: ActionInput(text: element(DemoTexts.answers)), actorBodyId: body, at: next()))
        if chance(8) {
            steps.append(DemoStep(action: .rework, input: ActionInput(reason: "Ответ не по существу: не указаны сроки"), actorBodyId: nil, at: next()))
            if stage == 4 && chance(50) { return steps }
            steps.append(DemoStep(action: .answer, input: ActionInput(text: element(DemoTexts.answers)), actorBodyId: body, at: next()))
        }
        if stage == 4 { return steps }
        steps.append(DemoStep(action: .approve, input: ActionInput(), actorBodyId: nil, at: next()))
        if chance(40) {
            let grade = pick([(AnswerGrade.substantive, 80), (.incomplete, 12), (.formal, 8)])
            let reason = grade == .substantive ? nil : element(DemoTexts.reviewFaults)
            steps.append(DemoStep(action: .review, input: ActionInput(reason: reason, grade: grade), actorBodyId: nil, at: next()))
        }
        if chance(60) {
            let satisfied = chance(72)
            steps.append(
                DemoStep(action: .rate, input: ActionInput(satisfied: satisfied, comment: satisfied ? "Спасибо, сделали" : "Ничего не изменилось"),
                         actorBodyId: nil, at: next())
            )
            if !satisfied && chance(25) {
                steps.append(DemoStep(action: .reopen, input: ActionInput(reason: "Заявитель сообщил, что проблема не решена"), actorBodyId: nil, at: next()))
            }
        }
        return steps
    }
}
