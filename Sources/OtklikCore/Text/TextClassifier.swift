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
    /// Feature-major, one run of `stride` 16-byte chunks per bucket: first the bucket's IDF and its weights'
    /// scale (Float bits in lanes 0 and 1), then its weights a byte each — chunk `k` holds classes
    /// `16k ..< 16k + 16`, byte `j` of lane `i` class `16k + 4j + i`, stored as its step (−127…127, in 1/127 of
    /// the bucket's largest weight) plus 128. Scoring is mostly reading buckets from memory at random: a byte a
    /// weight is a quarter of a Float's reading (76 classes in 80 bytes, the 15 classes' whole table 4 MB), and
    /// the IDF and the scale come in the same read as the weights.
    let rows: [SIMD4<UInt32>]
    let stride: Int
    let bias: [Float]
    public let temperature: Double

    /// `weights` feature-major, `weights[b * classes + c]`, as training leaves them.
    init(labels: [String], hasher: FeatureHasher, idf: [Float], weights: [Float], bias: [Float], temperature: Double) {
        self.labels = labels
        self.hasher = hasher
        let classes = labels.count
        let stride = (classes + 15) / 16 + 1
        var rows = [SIMD4<UInt32>](hugePagesRepeating: .init(repeating: 0x8080_8080), count: hasher.dimension * stride)
        for bucket in 0..<hasher.dimension {
            let base = bucket * stride
            let row = weights[bucket * classes ..< (bucket + 1) * classes]
            let largest = row.reduce(0) { max($0, abs($1)) }
            let scale = largest / 127
            rows[base] = SIMD4(idf[bucket].bitPattern, scale.bitPattern, 0, 0)
            guard largest > 0 else { continue }
            for (c, weight) in row.enumerated() {
                let step = UInt32(Int32((weight / scale).rounded()) + 128)
                let shift = UInt32(8 * (c % 16 / 4))
                rows[base + 1 + c / 16][c % 4] = rows[base + 1 + c / 16][c % 4] & ~(0xFF << shift) | step << shift
            }
        }
        self.rows = rows
        self.stride = stride
        self.bias = bias
        self.temperature = temperature
    }

    /// Byte `j` of each lane as a Float step: the byte under 2²³'s exponent bits is 2²³ + byte exactly.
    @inline(__always)
    static func steps(_ lanes: SIMD4<UInt32>, _ j: UInt32) -> SIMD4<Float> {
        unsafeBitCast((lanes &>> (8 * j)) & 0xFF | 0x4B00_0000, to: SIMD4<Float>.self) - 8_388_736
    }

    /// A bucket's IDF, as training found it.
    @inline(__always)
    func idf(_ bucket: Int32) -> Float { Float(bitPattern: rows[Int(bucket) &* stride][0]) }

    /// The weight of `bucket` for class `c`.
    func weight(_ bucket: Int32, _ c: Int) -> Float {
        let base = Int(bucket) * stride
        let lane = rows[base + 1 + c / 16][c % 4]
        return Float(Int32(lane >> UInt32(8 * (c % 16 / 4)) & 0xFF) - 128) * Float(bitPattern: rows[base][1])
    }

    /// A text's IDF-weighted, unit-length features, as training saw its texts.
    func vector(_ counts: FeatureHasher.Counts) -> SparseVector { hasher.vector(counts) { idf($0) } }

    /// Σ weight × value over the features, per class in lanes: class `c` in lane `c % 4` of `[c / 4]`.
    func sums(_ buckets: UnsafeBufferPointer<Int32>, _ values: UnsafeBufferPointer<Float>) -> [SIMD4<Float>] {
        rows.withUnsafeBufferPointer { rows in
            // With more than one chunk, a first pass only reads each bucket's first and last chunk, many buckets in
            // flight at once, so that the sums below find them in the cache: their loop is too long for the
            // processor to look that far ahead.
            var touched: UInt32 = 0
            for i in 0..<(stride > 2 ? buckets.count : 0) {
                let base = Int(buckets[i]) &* stride
                touched ^= rows[base][1] ^ rows[base &+ stride &- 1][0]
            }
            // −0 + x is x: starting there or at +0 sums the same, and the reads above are used.
            var lanes = [SIMD4<Float>](repeating: touched == 0x5EED_F00D ? .init(repeating: -0.0) : .zero, count: 4 * (stride - 1))
            // Two chunks at a time, their eight sums in registers (all of them would not fit), one pass over the
            // features for each two: after the first the buckets' weights are in the cache.
            for first in Swift.stride(from: 1, to: stride, by: 2) {
                let pair = first + 1 < stride
                var a = SIMD4<Float>.zero, b = SIMD4<Float>.zero, c = SIMD4<Float>.zero, d = SIMD4<Float>.zero
                var e = SIMD4<Float>.zero, f = SIMD4<Float>.zero, g = SIMD4<Float>.zero, h = SIMD4<Float>.zero
                for i in 0..<buckets.count {
                    let base = Int(buckets[i]) &* stride
                    let value = values[i] * Float(bitPattern: rows[base][1])
                    let chunk = rows[base &+ first]
                    a += Self.steps(chunk, 0) * value
                    b += Self.steps(chunk, 1) * value
                    c += Self.steps(chunk, 2) * value
                    d += Self.steps(chunk, 3) * value
                    if pair {
                        let next = rows[base &+ first &+ 1]
                        e += Self.steps(next, 0) * value
                        f += Self.steps(next, 1) * value
                        g += Self.steps(next, 2) * value
                        h += Self.steps(next, 3) * value
                    }
                }
                let at = 4 * (first - 1)
                for (offset, sum) in [a, b, c, d, e, f, g, h].prefix(pair ? 8 : 4).enumerated() { lanes[at + offset] += sum }
            }
            return lanes
        }
    }

    func scores(_ vector: SparseVector) -> [Float] {
        let lanes = vector.indexes.withUnsafeBufferPointer { buckets in vector.values.withUnsafeBufferPointer { sums(buckets, $0) } }
        return bias.indices.map { bias[$0] + lanes[$0 / 4][$0 % 4] }
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
            values[index] = values[index] == 0 ? 0 : FeatureHasher.weight(values[index], idf: idf(buckets[index]))
            squares += values[index] * values[index]
        }
        let lanes = buckets.withUnsafeBufferPointer { buckets in values.withUnsafeBufferPointer { sums(buckets, $0) } }
        let scale = squares > 0 ? 1 / squares.squareRoot() : 0
        var best = 0
        var bestScore = -Float.infinity
        for c in labels.indices {
            let score = bias[c] + lanes[c / 4][c % 4] * scale
            if score > bestScore {
                best = c
                bestScore = score
            }
        }
        return labels[best]
    }

    /// The `k` most likely classes of a text, most likely first.
    public func predict(_ text: String, top k: Int = 3) -> [Prediction] { predict(hasher.counts(text), top: k) }

    /// The same of a text's feature counts, taken by a hasher like this one's.
    public func predict(_ counts: FeatureHasher.Counts, top k: Int = 3) -> [Prediction] {
        let probabilities = probabilities(vector(counts))
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
            let vector = vector(hasher.counts(token.text))
            var score: Float = 0
            for (bucket, value) in zip(vector.indexes, vector.values) { score += weight(bucket, target) * value }
            if score > 0 { scored.append((token.text, score)) }
        }
        return scored.sorted { $0.score > $1.score }.prefix(top).map(\.word)
    }
}
