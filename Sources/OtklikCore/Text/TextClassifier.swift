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
    /// Feature-major in lanes of eight: bucket `b`'s weights are `rows[b * chunks ..< (b + 1) * chunks]`, class
    /// `c` in lane `c % 8` of its chunk `c / 8`, lanes past the last class zero. A bucket's weights are a few
    /// vector loads (one cache line for up to 16 classes) summed in registers: scoring is mostly reading them.
    let rows: [SIMD8<Float>]
    let chunks: Int
    let bias: [Float]
    public let temperature: Double

    /// `weights` feature-major, `weights[b * classes + c]`, as training leaves them.
    init(labels: [String], hasher: FeatureHasher, idf: [Float], weights: [Float], bias: [Float], temperature: Double) {
        self.labels = labels
        self.hasher = hasher
        self.idf = idf
        let classes = labels.count
        chunks = (classes + 7) / 8
        var rows = [SIMD8<Float>](repeating: .zero, count: hasher.dimension * chunks)
        for bucket in 0..<hasher.dimension {
            for c in 0..<classes { rows[bucket * chunks + c / 8][c % 8] = weights[bucket * classes + c] }
        }
        self.rows = rows
        self.bias = bias
        self.temperature = temperature
    }

    /// The weight of `bucket` for class `c`.
    func weight(_ bucket: Int32, _ c: Int) -> Float { rows[Int(bucket) * chunks + c / 8][c % 8] }

    /// Σ weight × value over the features, per class in lanes; one or two chunks (up to 16 classes) kept in
    /// registers, more summed chunk by chunk.
    func sums(_ buckets: UnsafeBufferPointer<Int32>, _ values: UnsafeBufferPointer<Float>) -> [SIMD8<Float>] {
        rows.withUnsafeBufferPointer { rows in
            switch chunks {
            case 1:
                var a = SIMD8<Float>.zero
                for i in 0..<buckets.count { a += rows[Int(buckets[i])] * values[i] }
                return [a]
            case 2:
                var a = SIMD8<Float>.zero
                var b = SIMD8<Float>.zero
                for i in 0..<buckets.count {
                    let row = Int(buckets[i]) &* 2
                    a += rows[row] * values[i]
                    b += rows[row &+ 1] * values[i]
                }
                return [a, b]
            default:
                // Four chunks at a time in registers, one pass over the features for each four.
                var lanes = [SIMD8<Float>](repeating: .zero, count: chunks)
                for first in stride(from: 0, to: chunks, by: 4) {
                    var a = SIMD8<Float>.zero
                    var b = SIMD8<Float>.zero
                    var c = SIMD8<Float>.zero
                    var d = SIMD8<Float>.zero
                    let width = min(4, chunks - first)
                    for i in 0..<buckets.count {
                        let row = Int(buckets[i]) &* chunks &+ first
                        let value = values[i]
                        a += rows[row] * value
                        if width > 1 { b += rows[row &+ 1] * value }
                        if width > 2 { c += rows[row &+ 2] * value }
                        if width > 3 { d += rows[row &+ 3] * value }
                    }
                    for (offset, sum) in [a, b, c, d].prefix(width).enumerated() { lanes[first + offset] = sum }
                }
                return lanes
            }
        }
    }

    func scores(_ vector: SparseVector) -> [Float] {
        let lanes = vector.indexes.withUnsafeBufferPointer { buckets in vector.values.withUnsafeBufferPointer { sums(buckets, $0) } }
        return bias.indices.map { bias[$0] + lanes[$0 / 8][$0 % 8] }
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

    /// The most likely class of a text: the highest score, as `predict(_:top: 1)` finds it, without the vector's
    /// unit scaling of each value and the softmax (classifying many texts, as the evaluation does): scaling the
    /// summed scores instead is the same.
    public func label(_ text: String) -> String {
        var (buckets, values) = hasher.counts(text)
        var squares: Float = 0
        for index in values.indices {
            // A bucket whose ±1s cancelled out is no feature (the vector leaves it out).
            values[index] = values[index] == 0 ? 0 : FeatureHasher.weight(values[index], idf: idf[Int(buckets[index])])
            squares += values[index] * values[index]
        }
        let lanes = buckets.withUnsafeBufferPointer { buckets in values.withUnsafeBufferPointer { sums(buckets, $0) } }
        let scale = squares > 0 ? 1 / squares.squareRoot() : 0
        var best = 0
        var bestScore = -Float.infinity
        for c in labels.indices {
            let score = bias[c] + lanes[c / 8][c % 8] * scale
            if score > bestScore {
                best = c
                bestScore = score
            }
        }
        return labels[best]
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
            for (bucket, value) in zip(vector.indexes, vector.values) { score += weight(bucket, target) * value }
            if score > 0 { scored.append((token.text, score)) }
        }
        return scored.sorted { $0.score > $1.score }.prefix(top).map(\.word)
    }
}
