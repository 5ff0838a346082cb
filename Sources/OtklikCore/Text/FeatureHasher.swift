import Foundation

/// Turns an appeal's text into a sparse vector of hashed features (the "hashing trick"): word stems
/// (Snowball), pairs of neighbouring stems, character 3–5-grams of each word (they catch typos, and the
/// endings the stemmer leaves), and one feature per kind of entity (phone, link, e-mail, number, house).
/// Sublinear counts, optional IDF weights, unit length. No vocabulary to keep: a new word just hashes.
public struct FeatureHasher: Sendable {
    /// Number of buckets, a power of two.
    public let dimension: Int
    private let mask: UInt64
    private let tokenizer = Tokenizer()
    private let stemmer = RussianStemmer()

    public init(bits: Int = 18) {
        dimension = 1 << bits
        mask = UInt64(dimension - 1)
    }

    /// Feature counts before weighting, by bucket in ascending order: each hashed feature adds ±1 to its
    /// bucket (signed by the hash's top bit, so collisions cancel out on average).
    public func counts(_ text: String) -> (buckets: [Int32], counts: [Float]) {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(text.utf16.count * 4)
        var previous: UInt64?
        for token in tokenizer.tokens(text) {
            guard token.kind == .word else {
                hashes.append(Self.hash([UInt16(token.kind.rawValue.utf16.first ?? 0)], seed: Seed.entity))
                previous = nil
                continue
            }
            let letters = Array(token.text.utf16)
            var stem = letters
            stemmer.stem(&stem)
            let stemHash = Self.hash(stem, seed: Seed.stem)
            hashes.append(stemHash)
            if let previous { hashes.append(Self.mix(previous, stemHash)) }
            previous = stemHash
            // Character n-grams of the word with boundary marks: «<вода>» → «<во», «вод», …
            let padded = [0x3C] + letters + [0x3E]
            for n in 3...5 where padded.count >= n {
                for start in 0...(padded.count - n) { hashes.append(Self.hash(padded[start..<(start + n)], seed: Seed.gram &+ UInt64(n))) }
            }
        }
        // Bucket in the low bits, sign in the top bit: sorting by bucket gathers each bucket's features.
        var keyed = hashes.map { (($0 & mask) << 1) | ($0 >> 63) }
        keyed.sort()
        var buckets: [Int32] = []
        var counts: [Float] = []
        for key in keyed {
            let bucket = Int32(truncatingIfNeeded: key >> 1)
            let sign: Float = key & 1 == 0 ? 1 : -1
            if buckets.last == bucket { counts[counts.count - 1] += sign } else {
                buckets.append(bucket)
                counts.append(sign)
            }
        }
        return (buckets, counts)
    }

    /// The weighted, unit-length vector: (1 + log |count|) × sign × idf.
    public func vector(_ text: String, idf: [Float]? = nil) -> SparseVector {
        let (buckets, counts) = counts(text)
        var vector = SparseVector()
        vector.indexes.reserveCapacity(buckets.count)
        vector.values.reserveCapacity(buckets.count)
        for (bucket, count) in zip(buckets, counts) where count != 0 {
            let magnitude = 1 + log(abs(count))
            vector.indexes.append(bucket)
            vector.values.append((count < 0 ? -magnitude : magnitude) * (idf?[Int(bucket)] ?? 1))
        }
        vector.normalize()
        return vector
    }

    private enum Seed {
        static let stem: UInt64 = 0x9E37_79B9_7F4A_7C15
        static let gram: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        static let entity: UInt64 = 0x1656_67B1_9E37_79F9
    }

    /// FNV-1a over UTF-16 code units, then a final mix so the low bits (the bucket) are well spread.
    static func hash<C: Collection<UInt16>>(_ units: C, seed: UInt64) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ seed
        for unit in units {
            hash ^= UInt64(unit)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return mix(hash, seed)
    }

    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var x = a ^ (b &* 0x9E37_79B9_7F4A_7C15)
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}
