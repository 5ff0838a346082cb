/// Trains on one labelled set and measures on another: accuracy and macro-F1 on the test set, training
/// time, and how many test texts one core classifies per second — the fastest of `passes` over the test set,
/// since a shared machine's other work only ever slows a pass down.
public struct TextEvaluation: Sendable {
    public var report: ClassificationReport
    public var trainingSeconds: Double
    public var textsPerSecond: Double
    public var classes: Int

    public init(
        trainTexts: [String], trainLabels: [String], testTexts: [String], testLabels: [String],
        training: TextClassifierTraining = TextClassifierTraining(), passes: Int = 5
    ) {
        let clock = ContinuousClock()
        let start = clock.now
        let model = training.train(texts: trainTexts, labels: trainLabels)
        trainingSeconds = Self.seconds(clock.now - start)
        var predicted: [String] = []
        var fastest = Double.infinity
        for _ in 0..<max(passes, 1) {
            let pass = clock.now
            predicted = testTexts.map(model.label)
            fastest = min(fastest, Self.seconds(clock.now - pass))
        }
        textsPerSecond = Double(testTexts.count) / max(fastest, 1e-9)
        report = ClassificationReport(truth: testLabels, predicted: predicted)
        classes = model.labels.count
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
