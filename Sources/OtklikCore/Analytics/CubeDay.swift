/// One receipt day of the `RollupCube`, column by column: its cells, its counts of times and its items
/// whose term runs. Codes are the cell's attribute numbers (`CodeBook`) in lanes 0–6; a count of times
/// keeps its bucket's number (`DurationBucket`) in lane 7.
struct CubeDay: Sendable {
    var cells = CubeColumn<CubeCounts>()
    var durations = CubeColumn<Int64>()
    var runningCodes: [SIMD8<UInt32>] = []
    var runningDue: [Int64] = []
    private(set) var runningIds: [String] = []

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
