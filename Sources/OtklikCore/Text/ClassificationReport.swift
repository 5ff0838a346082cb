/// How well predicted labels match the true ones: accuracy and macro-F1 (the mean of per-class F1 over
/// the classes that occur in either list, as scikit-learn's `f1_score(average="macro")` counts them).
public struct ClassificationReport: Sendable, Equatable {
    public var accuracy: Double
    public var macroF1: Double
    public var count: Int

    public init(truth: [String], predicted: [String]) {
        precondition(truth.count == predicted.count, "one prediction per example")
        count = truth.count
        var truePositive: [String: Int] = [:], falsePositive: [String: Int] = [:], falseNegative: [String: Int] = [:]
        var correct = 0
        for (t, p) in zip(truth, predicted) {
            if t == p {
                correct += 1
                truePositive[t, default: 0] += 1
            } else {
                falsePositive[p, default: 0] += 1
                falseNegative[t, default: 0] += 1
            }
        }
        accuracy = count == 0 ? 0 : Double(correct) / Double(count)
        let classes = Set(truth).union(predicted)
        let f1s = classes.map { label -> Double in
            let tp = Double(truePositive[label] ?? 0)
            let denominator = 2 * tp + Double(falsePositive[label] ?? 0) + Double(falseNegative[label] ?? 0)
            return denominator == 0 ? 0 : 2 * tp / denominator
        }
        macroF1 = f1s.isEmpty ? 0 : f1s.reduce(0, +) / Double(f1s.count)
    }
}
