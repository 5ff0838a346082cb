/// A sparse feature vector: bucket indexes with values, indexes unique.
public struct SparseVector: Sendable, Equatable {
    public var indexes: [Int32]
    public var values: [Float]

    public init(indexes: [Int32] = [], values: [Float] = []) {
        self.indexes = indexes
        self.values = values
    }

    public var count: Int { indexes.count }

    /// Scales to unit length, so long and short texts weigh alike.
    public mutating func normalize() {
        var sum: Float = 0
        for value in values { sum += value * value }
        guard sum > 0 else { return }
        let scale = 1 / sum.squareRoot()
        for index in values.indices { values[index] *= scale }
    }
}
