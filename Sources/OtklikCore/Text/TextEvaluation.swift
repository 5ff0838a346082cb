/// Trains on one labelled set and measures on another: accuracy and macro-F1 on the test set, training
/// time, and how many test texts one core classifies per second.
public struct TextEvaluation: Sendable {
    public var report: ClassificationReport
    public var trainingSeconds: Double
    public var textsPerSecond: Double
    public var classes: Int

    public init(
        trainTexts: [String], trainLabels: [String], testTexts: [String], testLabels: [String],
        training: TextClassifierTraining = TextClassifierTraining()
    ) {
        let clock = ContinuousClock()
        let start = clock.now
        let model = training.train(texts: trainTexts, labels: trainLabels)
        let trained = clock.now
        let predicted = testTexts.map { model.predict($0, top: 1).first?.label ?? "" }
        let done = clock.now
        trainingSeconds = Self.seconds(trained - start)
        textsPerSecond = Double(testTexts.count) / max(Self.seconds(done - trained), 1e-9)
        report = ClassificationReport(truth: testLabels, predicted: predicted)
        classes = model.labels.count
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
