/// A MinHash signature of a set of text units (Broder, 1997): for each of 32 hash functions the smallest
/// hash of any unit, kept to 16 bits. The share of equal positions in two signatures estimates the Jaccard
/// similarity of the two sets (|A ∩ B| / |A ∪ B|) within about ±0.09 at 32 positions; the 16-bit cut adds a
/// 1-in-65,536 false match per position. 66 bytes per appeal, so ten million fit in memory.
public struct MinHashSignature: Sendable, Hashable {
    public static let length = 32
    /// The minima, `length` of them.
    public private(set) var values: [UInt16]
    /// How many distinct units the set had (0: nothing to compare; a short text is weaker evidence).
    public let unitCount: Int

    /// Multipliers (odd) and offsets of the hash family h_i(x) = top 16 bits of (a_i·x + b_i) mod 2^64,
    /// "multiply-shift" hashing (Dietzfelbinger et al.), drawn once from a fixed seed so every process agrees.
    private static let family: [(a: UInt64, b: UInt64)] = {
        var generator = SeededGenerator(seed: 0x4D49_4E48_4153_4821)
        return (0..<length).map { _ in (a: generator.next() | 1, b: generator.next()) }
    }()

    /// The signature of a set of unit hashes (as `TextShingles.hashes` gives them).
    public init(hashes: [UInt64]) {
        var minima = [UInt16](repeating: .max, count: Self.length)
        for hash in hashes {
            for (position, function) in Self.family.enumerated() {
                let value = UInt16(truncatingIfNeeded: (function.a &* hash &+ function.b) >> 48)
                if value < minima[position] { minima[position] = value }
            }
        }
        values = minima
        unitCount = hashes.count
    }

    public init(values: [UInt16], unitCount: Int) {
        precondition(values.count == Self.length, "a MinHash signature has \(Self.length) values")
        self.values = values
        self.unitCount = unitCount
    }

    /// The estimated Jaccard similarity, 0…1; 0 when either text had no units.
    public func similarity(to other: MinHashSignature) -> Double {
        guard unitCount > 0, other.unitCount > 0 else { return 0 }
        var equal = 0
        for position in 0..<Self.length where values[position] == other.values[position] { equal += 1 }
        return Double(equal) / Double(Self.length)
    }

    /// The key of band `band` (four consecutive positions packed into 64 bits) for locality-sensitive
    /// hashing: two sets share a band with probability J⁴, so near-identical texts meet in some band.
    public func bandKey(_ band: Int) -> UInt64 {
        var key: UInt64 = 0
        for position in (band * 4)..<(band * 4 + 4) { key = key << 16 | UInt64(values[position]) }
        return key
    }
}
