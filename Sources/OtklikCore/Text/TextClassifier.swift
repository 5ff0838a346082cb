import Foundation

/// A trained linear classifier of texts (multinomial logistic regression over `FeatureHasher` features):
/// the classes, IDF weights and one weight per bucket and class. Its probabilities come from a softmax
/// scaled by `temperature`, fitted on held-out data so that "0.9" means right about nine times in ten.
public struct TextClassifier: Sendable {
    public struct Prediction: Sendable, Equatable {
        public var label: String
        public var probability: Double
    }

    public let labels: [String]
    public let hasher: FeatureHasher
    let idf: [Float]
    /// Feature-major: the weights of bucket `b` are `weights[b * classes ..< (b + 1) * classes]`.
    let weights: [Float]
    let bias: [Float]
    public let temperature: Double

    init(labels: [String], hasher: FeatureHasher, idf: [Float], weights: [Float], bias: [Float], temperature: Double) {
        self.labels = labels
        self.hasher = hasher
        self.idf = idf
        self.weights = weights
        self.bias = bias
        self.temperature = temperature
    }

    func scores(_ vector: SparseVector) -> [Float] {
        let classes = labels.count
        var scores = bias
        weights.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { s in
                for (bucket, value) in zip(vector.indexes, vector.values) {
                    let row = Int(bucket) * classes
                    for c in 0..<classes { s[c] += w[row + c] * value }
                }
            }
        }
        return scores
    }

    /// Class probabilities of a feature vector, in `labels` order.
    func probabilities(_ vector: SparseVector, temperature: Double? = nil) -> [Double] {
        let scores = scores(vector)
        let t = temperature ?? self.temperature
        let top = Double(scores.max() ?? 0)
        let exps = scores.map { exp((Double($0) - top) / t) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }

    /// The `k` most likely classes of a text, most likely first.
    public func predict(_ text: String, top k: Int = 3) -> [Prediction] {
        let probabilities = probabilities(hasher.vector(text, idf: idf))
        return probabilities.indices.sorted { probabilities[$0] > probabilities[$1] }.prefix(k).map {
            Prediction(label: labels[$0], probability: probabilities[$0])
        }
    }
}

extension TextClassifier {
    /// The words of a text that raise `label`'s score most, strongest first: each word's own features
    /// (its stem and character n-grams, IDF-weighted) against the label's weights. Pairs of words are left out
    /// so that each word is credited alone.
    public func explain(_ text: String, label: String, top: Int = 3) -> [String] {
        guard let target = labels.firstIndex(of: label) else { return [] }
        var seen: Set<String> = []
        var scored: [(word: String, score: Float)] = []
        for token in Tokenizer().tokens(text) where token.kind == .word && token.text.count > 1 && seen.insert(token.text).inserted {
            let vector = hasher.vector(token.text, idf: idf)
            var score: Float = 0
            for (bucket, value) in zip(vector.indexes, vector.values) { score += weights[Int(bucket) * labels.count + target] * value }
            if score > 0 { scored.append((token.text, score)) }
        }
        return scored.sorted { $0.score > $1.score }.prefix(top).map(\.word)
    }
}
