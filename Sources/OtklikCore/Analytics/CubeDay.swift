/// One receipt day of the `RollupCube`, column by column: its cells, its answer-day counts and its items
/// whose term runs. Codes are the cell's attribute numbers (`CodeBook`) in lanes 0–6; an answer-day entry
/// keeps its number of days in lane 7.
struct CubeDay: Sendable {
    var cellCodes: [SIMD8<UInt32>] = []
    var cellCounts: [RollupCounts] = []
    private var cellPosition: [SIMD8<UInt32>: Int] = [:]
    var answerCodes: [SIMD8<UInt32>] = []
    var answerCounts: [Int64] = []
    private var answerPosition: [SIMD8<UInt32>: Int] = [:]
    var runningCodes: [SIMD8<UInt32>] = []
    var runningDue: [Int64] = []
    private(set) var runningIds: [String] = []

    /// Sets a cell to its stored counts (a stored row is the whole truth about its cell).
    mutating func setCell(_ codes: SIMD8<UInt32>, to counts: RollupCounts) {
        if let position = cellPosition[codes] {
            cellCounts[position] = counts
        } else {
            cellPosition[codes] = cellCodes.count
            cellCodes.append(codes)
            cellCounts.append(counts)
        }
    }

    mutating func setAnswers(_ codes: SIMD8<UInt32>, to n: Int64) {
        if let position = answerPosition[codes] {
            answerCounts[position] = n
        } else {
            answerPosition[codes] = answerCodes.count
            answerCodes.append(codes)
            answerCounts.append(n)
        }
    }

    /// Adds a running item and returns its position.
    mutating func appendRunning(_ id: String, codes: SIMD8<UInt32>, due: Int64) -> Int {
        runningIds.append(id)
        runningCodes.append(codes)
        runningDue.append(due)
        return runningIds.count - 1
    }

    mutating func updateRunning(at position: Int, codes: SIMD8<UInt32>, due: Int64) {
        runningCodes[position] = codes
        runningDue[position] = due
    }

    /// Removes the running item at `position` by moving the last one into its place; returns the id of the
    /// moved item (its position is now `position`), nil if none moved.
    mutating func removeRunning(at position: Int) -> String? {
        let last = runningIds.count - 1
        if position != last {
            runningIds[position] = runningIds[last]
            runningCodes[position] = runningCodes[last]
            runningDue[position] = runningDue[last]
        }
        runningIds.removeLast()
        runningCodes.removeLast()
        runningDue.removeLast()
        return position != last ? runningIds[position] : nil
    }
}
