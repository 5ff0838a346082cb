/// A group's sum of `CubeCounts` during a scan, in 64 bits: two vector additions a cell.
struct CubeSum: Sendable {
    var head = SIMD16<Int64>()
    var tail = SIMD4<Int64>()

    @inline(__always)
    mutating func add(_ cell: CubeCounts) {
        head &+= SIMD16<Int64>(truncatingIfNeeded: cell.head)
        tail &+= SIMD4<Int64>(truncatingIfNeeded: cell.tail)
    }

    mutating func add(_ other: CubeSum) {
        head &+= other.head
        tail &+= other.tail
    }

    var isZero: Bool { head == SIMD16() && tail == SIMD4() }

    /// The sum as the engine reads it.
    var counts: RollupCounts {
        var counts = RollupCounts()
        for (index, column) in RollupCounts.columns.enumerated() {
            counts[keyPath: column.path] = index < 16 ? head[index] : tail[index - 16]
        }
        return counts
    }
}
