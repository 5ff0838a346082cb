/// A cell's counts as the cube keeps them (`RollupCounts`, in the order of `RollupCounts.columns`): 32 bits
/// each, in two vectors. A cell holds one day's items of one combination of cuts, far below 2³¹ of anything,
/// and a scan that reads a year of cells is bound by memory: 80 bytes a cell instead of 160.
struct CubeCounts: Sendable {
    var head = SIMD16<Int32>()
    var tail = SIMD4<Int32>()

    static let capacity = 20

    init(_ counts: RollupCounts) {
        for (index, column) in RollupCounts.columns.enumerated() {
            let value = Int32(clamping: counts[keyPath: column.path])
            if index < 16 { head[index] = value } else { tail[index - 16] = value }
        }
    }
}
