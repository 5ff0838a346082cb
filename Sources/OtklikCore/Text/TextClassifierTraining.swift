import Foundation

/// Trains a `TextClassifier` by stochastic gradient descent on the softmax loss with L2 regularisation,
/// in a few passes over the examples (seconds for tens of thousands), then fits the softmax temperature
/// on a held-out tenth so the probabilities are calibrated.
public struct TextClassifierTraining: Sendable {
    public var bits = 17
    public var epochs = 6
    public var learningRate: Float = 0.5
    public var l2: Float = 1e-6
    public var seed: UInt64 = 2026

    public init() {}

    public func train(texts: [String], labels: [String]) -> TextClassifier {
        precondition(texts.count == labels.count, "one label per text")
        let hasher = FeatureHasher(bits: bits)
        let classes = Array(Set(labels)).sorted()
        let classIndex = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        var raw = texts.map { hasher.vector($0) }
        let idf = Self.idf(raw, dimension: hasher.dimension)
        for index in raw.indices { raw[index] = Self.weighted(raw[index], idf: idf) }
        let targets = labels.map { classIndex[$0]! }

        // A tenth held out for the temperature; all of it goes into the weights after.
        var generator = SeededGenerator(seed: seed)
        var order = Array(raw.indices).shuffled(using: &generator)
        let heldOut = Array(order.prefix(raw.count / 10))
        order = Array(order.dropFirst(heldOut.count))
        let trial = fit(raw, targets, order: order, classes: classes.count, dimension: hasher.dimension, generator: &generator)
        let model = TextClassifier(labels: classes, hasher: hasher, idf: idf, weights: trial.weights, bias: trial.bias, temperature: 1)
        let temperature = Self.temperature(model, heldOut.map { raw[$0] }, heldOut.map { targets[$0] })
        let full = fit(raw, targets, order: Array(raw.indices), classes: classes.count, dimension: hasher.dimension, generator: &generator)
        return TextClassifier(labels: classes, hasher: hasher, idf: idf, weights: full.weights, bias: full.bias, temperature: temperature)
    }

    /// Smoothed inverse document frequency per bucket: rare features weigh more.
    static func idf(_ vectors: [SparseVector], dimension: Int) -> [Float] {
        var documents = [Int32](repeating: 0, count: dimension)
        for vector in vectors { for bucket in vector.indexes { documents[Int(bucket)] += 1 } }
        let n = Float(vectors.count)
        return documents.map { log((1 + n) / (1 + Float($0))) + 1 }
    }

    static func weighted(_ vector: SparseVector, idf: [Float]) -> SparseVector {
        var weighted = vector
        for (position, bucket) in vector.indexes.enumerated() { weighted.values[position] *= idf[Int(bucket)] }
        weighted.normalize()
        return weighted
    }

    private func fit(
        _ vectors: [SparseVector], _ targets: [Int], order: [Int], classes: Int, dimension: Int, generator: inout SeededGenerator
    ) -> (weights: [Float], bias: [Float]) {
        // The weights are kept as scale × v, so the L2 shrink of every weight is one multiplication per step.
        var v = [Float](repeating: 0, count: dimension * classes)
        var bias = [Float](repeating: 0, count: classes)
        var scale: Float = 1
        var step: Float = 0
        var order = order
        var probabilities = [Float](repeating: 0, count: classes)
        for _ in 0..<epochs {
            order.shuffle(using: &generator)
            for example in order {
                let vector = vectors[example]
                let rate = learningRate / (1 + learningRate * l2 * step)
                step += 1
                // Scores and softmax.
                var top = -Float.infinity
                for c in 0..<classes { probabilities[c] = bias[c] }
                v.withUnsafeBufferPointer { w in
                    for (bucket, value) in zip(vector.indexes, vector.values) {
                        let row = Int(bucket) * classes
                        for c in 0..<classes { probabilities[c] += w[row + c] * value * scale }
                    }
                }
                for c in 0..<classes { top = max(top, probabilities[c]) }
                var sum: Float = 0
                for c in 0..<classes {
                    probabilities[c] = Foundation.exp(probabilities[c] - top)
                    sum += probabilities[c]
                }
                scale *= 1 - rate * l2
                if scale < 1e-6 {
                    for index in v.indices { v[index] *= scale }
                    scale = 1
                }
                let target = targets[example]
                v.withUnsafeMutableBufferPointer { w in
                    for c in 0..<classes {
                        let gradient = probabilities[c] / sum - (c == target ? 1 : 0)
                        guard abs(gradient) > 1e-5 else { continue }
                        let update = rate * gradient / scale
                        for (bucket, value) in zip(vector.indexes, vector.values) { w[Int(bucket) * classes + c] -= update * value }
                        bias[c] -= rate * gradient * 0.1
                    }
                }
            }
        }
        for index in v.indices { v[index] *= scale }
        return (v, bias)
    }

    /// The temperature that minimises the held-out log loss, by golden-section search on [0.05, 20].
    static func temperature(_ model: TextClassifier, _ vectors: [SparseVector], _ targets: [Int]) -> Double {
        guard !vectors.isEmpty else { return 1 }
        func loss(_ t: Double) -> Double {
            zip(vectors, targets).reduce(0) { sum, pair in sum - Foundation.log(max(model.probabilities(pair.0, temperature: t)[pair.1], 1e-12)) }
        }
        var low = log(0.05), high = log(20.0)
        let ratio = (sqrt(5.0) - 1) / 2
        for _ in 0..<30 {
            let a = high - ratio * (high - low), b = low + ratio * (high - low)
            if loss(exp(a)) < loss(exp(b)) { high = b } else { low = a }
        }
        return exp((low + high) / 2)
    }
}
