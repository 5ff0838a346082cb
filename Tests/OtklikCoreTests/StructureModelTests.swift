import Foundation
import Testing

@testable import OtklikCore

@Suite("Topic and body suggestions from the deployment's own history and the rubricator")
struct StructureModelTests {
    var training: TextClassifierTraining {
        var training = TextClassifierTraining()
        training.bits = 14
        training.epochs = 3
        return training
    }

    @Test("on day one, with no history, the rubricator's names and keywords suggest the topic; no body is guessed")
    func dayOneFromKeywords() {
        let model = StructureModel.train([], rubricator: .default, at: Fixtures.now, training: training)
        let suggestion = model.suggest("Во дворе третий вечер не горят фонари, очень темно")
        #expect(suggestion.topics.first?.id == "improvement.lighting")
        #expect(suggestion.topics.count == 3)
        #expect(suggestion.bodies.isEmpty)
        #expect(model.examples == 0)
    }

    @Test("keywords an administrator writes for a new topic make it suggested at once")
    func administratorKeywords() {
        var rubricator = Rubricator.default
        rubricator.topics.append(Topic(id: "improvement.barriers", blockId: "improvement", name: "Шлагбаумы", keywords: ["шлагбаум", "въезд во двор"]))
        let model = StructureModel.train([], rubricator: rubricator, at: Fixtures.now, training: training)
        #expect(model.suggest("Сломан шлагбаум, машины не могут выехать").topics.first?.id == "improvement.barriers")
    }

    @Test("trained on the demo region's structured history it suggests topics and bodies, explains them with the text's words, and carries its version")
    func learnsFromHistory() throws {
        var generator = DemoGenerator(seed: 7, now: Fixtures.now)
        let examples = generator.generate(count: 700).compactMap { appeal -> StructureExample? in
            guard let topic = appeal.steps.first(where: { $0.action == .register })?.input.topicId else { return nil }
            return StructureExample(text: appeal.draft.text, topicId: topic, bodyId: appeal.steps.first { $0.action == .assign }?.input.bodyId)
        }
        let train = Array(examples.prefix(500)), test = examples.dropFirst(500)
        let model = StructureModel.train(train, rubricator: .default, at: Fixtures.now, training: training)
        #expect(model.version.hasPrefix("m-") && model.version.hasSuffix("-500"))
        let right = test.filter { model.suggest($0.text).topics.first?.id == $0.topicId }.count
        #expect(Double(right) / Double(test.count) > 0.8, "\(right) of \(test.count)")
        #expect(model.bodyClasses >= 2)

        let sample = try #require(test.first)
        let suggestion = model.suggest(sample.text)
        #expect(suggestion.modelVersion == model.version)
        #expect(suggestion.bodies.count == min(3, model.bodyClasses))
        let words = Set(Tokenizer().tokens(sample.text).map(\.text))
        let explained = suggestion.topics[0].words
        #expect(!explained.isEmpty && explained.allSatisfy(words.contains), "\(explained)")
    }
}
