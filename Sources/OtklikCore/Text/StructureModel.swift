import Foundation

/// A deployment's topic and body suggester: two `TextClassifier`s trained on the appeals its people
/// structured, the topics also on the rubricator's names and keywords (so it suggests on day one, before
/// any history), with a version recorded on every suggestion.
public struct StructureModel: Sendable {
    /// Who the event log names for what the model does by itself (`StructureSettings.automaticBody`).
    public static let actorId = "model"
    public static let actorName = "Модель структурирования"

    /// «m-20261126T174000-20000»: when it was trained and on how many examples; unique per training run.
    public let version: String
    public let trainedAt: Date
    /// Structured appeals it learned from (the rubricator's keyword examples not counted).
    public let examples: Int
    let topics: TextClassifier?
    let bodies: TextClassifier?

    public var topicClasses: Int { topics?.labels.count ?? 0 }
    public var bodyClasses: Int { bodies?.labels.count ?? 0 }

    /// How many times each topic's name-and-keywords text counts among the examples: enough to matter
    /// on day one, little beside a history of thousands.
    static let keywordWeight = 3

    /// Trains both classifiers (seconds for tens of thousands of examples). A side with fewer than two
    /// distinct labels has no classifier and suggests nothing.
    public static func train(
        _ examples: [StructureExample], rubricator: Rubricator, at now: Date, training: TextClassifierTraining = TextClassifierTraining()
    ) -> StructureModel {
        var topicTexts: [String] = []
        var topicLabels: [String] = []
        let known = Set(rubricator.topics.map(\.id))
        for example in examples {
            guard let topic = example.topicId, known.contains(topic) else { continue }
            topicTexts.append(example.text)
            topicLabels.append(topic)
        }
        for topic in rubricator.topics {
            let text = ([topic.name] + (topic.keywords ?? [])).joined(separator: ". ")
            for _ in 0..<keywordWeight {
                topicTexts.append(text)
                topicLabels.append(topic.id)
            }
        }
        let bodyExamples = examples.filter { $0.bodyId != nil }
        func classifier(_ texts: [String], _ labels: [String]) -> TextClassifier? {
            Set(labels).count >= 2 ? training.train(texts: texts, labels: labels) : nil
        }
        let stamp = ISO8601DateFormatter.string(from: now, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withYear, .withMonth, .withDay, .withTime])
        return StructureModel(
            version: "m-\(stamp)-\(examples.count)", trainedAt: now, examples: examples.count,
            topics: classifier(topicTexts, topicLabels), bodies: classifier(bodyExamples.map(\.text), bodyExamples.compactMap(\.bodyId))
        )
    }

    /// The three likeliest topics and bodies of a text, each with its deciding words unless `explained` is
    /// false (intake records the choices; the words are worked out when a person looks).
    public func suggest(_ text: String, top: Int = 3, explained: Bool = true) -> StructureSuggestion {
        // Both classifiers come from one training, so they hash alike: the text is read once for both.
        let shared = (topics ?? bodies).map { (dimension: $0.hasher.dimension, counts: $0.hasher.counts(text)) }
        func choices(_ classifier: TextClassifier?) -> [StructureSuggestion.Choice] {
            guard let classifier else { return [] }
            let counts = shared.flatMap { $0.dimension == classifier.hasher.dimension ? $0.counts : nil } ?? classifier.hasher.counts(text)
            return classifier.predict(counts, top: top).map {
                StructureSuggestion.Choice(
                    id: $0.label, probability: $0.probability, words: explained ? classifier.explain(text, label: $0.label) : []
                )
            }
        }
        return StructureSuggestion(modelVersion: version, topics: choices(topics), bodies: choices(bodies))
    }
}
