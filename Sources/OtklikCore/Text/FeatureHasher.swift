import Foundation

/// Turns an appeal's text into a sparse vector of hashed features (the "hashing trick"): word stems
/// (Snowball), pairs of neighbouring stems, character 3-grams of each word (they catch typos, and the
/// endings the stemmer leaves), and one feature per kind of entity (phone, link, e-mail, number, house).
/// Sublinear counts, optional IDF weights, unit length. No vocabulary to keep: a new word just hashes.
public struct FeatureHasher: Sendable {
    /// Number of buckets, a power of two.
    public let dimension: Int
    private let mask: UInt64
    private let stemmer = RussianStemmer()

    /// Each bucket's summed ±1s, as `counts(_:)` finds them.
    public typealias Counts = (buckets: [Int32], counts: [Float])

    public init(bits: Int = 18) {
        dimension = 1 << bits
        mask = UInt64(dimension - 1)
    }

    /// Feature counts before weighting, each bucket once, in the order first seen: each hashed feature adds
    /// ±1 to its bucket (signed by the hash's top bit, so collisions cancel out on average).
    public func counts(_ text: String) -> Counts {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(text.utf16.count * 2)
        var previous: UInt64?
        var letters: [UInt16] = []
        var stem: [UInt16] = []
        var padded: [UInt16] = []
        var cursor = Tokenizer.Cursor(text)
        while let kind = cursor.next(&letters) {
            guard kind == .word else {
                hashes.append(Self.hash(CollectionOfOne(UInt16(kind.rawValue.utf16.first ?? 0)), seed: Seed.entity))
                previous = nil
                continue
            }
            stem.removeAll(keepingCapacity: true)
            stem.append(contentsOf: letters)
            stemmer.stem(&stem)
            let stemHash = Self.hash(stem, seed: Seed.stem)
            hashes.append(stemHash)
            if let previous { hashes.append(Self.mix(previous, stemHash)) }
            previous = stemHash
            // Character 3-grams of the word with boundary marks: «<вода>» → «<во», «вод», «ода», «да>». Longer ones
            // (4- and 5-grams) added little to the stem and were slower (README, «Text classification»).
            padded.removeAll(keepingCapacity: true)
            padded.append(0x3C)
            padded.append(contentsOf: letters)
            padded.append(0x3E)
            padded.withUnsafeBufferPointer { units in
                for start in 0..<(units.count - 2) {
                    hashes.append(Self.hash(units[start ..< start + 3], seed: Seed.gram))
                }
            }
        }
        // Gather each bucket's ±1s in a small open-addressing table (a power of two over twice the features).
        var capacity = 16
        while capacity < hashes.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        var buckets: [Int32] = []
        var counts: [Float] = []
        buckets.reserveCapacity(hashes.count)
        counts.reserveCapacity(hashes.count)
        let shift = UInt32(32 - capacity.trailingZeroBitCount)
        for hash in hashes {
            let bucket = Int32(truncatingIfNeeded: hash & mask)
            // Fibonacci hashing of the bucket: the slot must follow from the bucket alone, so one bucket is one slot.
            var slot = Int((UInt32(bitPattern: bucket) &* 0x9E37_79B1) >> shift)
            while slots[slot] >= 0, buckets[Int(slots[slot])] != bucket { slot = (slot + 1) & (capacity - 1) }
            if slots[slot] < 0 {
                slots[slot] = Int32(buckets.count)
                buckets.append(bucket)
                counts.append(0)
            }
            counts[Int(slots[slot])] += hash >> 63 == 0 ? 1 : -1
        }
        return (buckets, counts)
    }

    /// The weighted, unit-length vector: (1 + log |count|) × sign, before any IDF.
    public func vector(_ text: String) -> SparseVector { vector(counts(text)) { _ in 1 } }

    /// The weighted, unit-length vector of counts already taken: (1 + log |count|) × sign × the bucket's IDF.
    public func vector(_ counts: Counts, idf: (Int32) -> Float) -> SparseVector {
        let (buckets, counts) = counts
        var vector = SparseVector()
        vector.indexes.reserveCapacity(buckets.count)
        vector.values.reserveCapacity(buckets.count)
        for (bucket, count) in zip(buckets, counts) where count != 0 {
            vector.indexes.append(bucket)
            vector.values.append(Self.weight(count, idf: idf(bucket)))
        }
        vector.normalize()
        return vector
    }

    /// A bucket's value before the vector is scaled to unit length: (1 + log |count|) × sign × idf.
    @inline(__always)
    static func weight(_ count: Float, idf: Float) -> Float {
        // Most features occur once; 1 + log 1 is 1 without calling log.
        let magnitude = abs(count) == 1 ? 1 : 1 + log(abs(count))
        return (count < 0 ? -magnitude : magnitude) * idf
    }

    private enum Seed {
        static let stem: UInt64 = 0x9E37_79B9_7F4A_7C15
        static let gram: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        static let entity: UInt64 = 0x1656_67B1_9E37_79F9
    }

    /// FNV-1a over UTF-16 code units, then `finish` so the low bits (the bucket) are well spread.
    static func hash<C: Collection<UInt16>>(_ units: C, seed: UInt64) -> UInt64 {
        var hash = basis ^ seed
        for unit in units { hash = step(hash, unit) }
        return finish(hash, seed)
    }

    /// A feature's last hashing step, one multiply and a fold: FNV-1a's low bits depend only on the low bits
    /// of what it read, so the bucket (low bits) and the sign (the top bit) are taken after every bit is mixed in.
    @inline(__always)
    static func finish(_ state: UInt64, _ seed: UInt64) -> UInt64 {
        let x = (state ^ seed) &* 0x9E37_79B9_7F4A_7C15
        return x ^ (x >> 32)
    }

    /// FNV-1a's offset basis and one step of it.
    static let basis: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    static func step(_ hash: UInt64, _ unit: UInt16) -> UInt64 { (hash ^ UInt64(unit)) &* 0x0000_0100_0000_01B3 }

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
