import Foundation

/// The whole analytics rollup in memory, built for scanning: cells grouped by receipt day, attributes as
/// numbers (`CodeBook`), counts in arrays. A store fills it from its stored rows and sets the rows that
/// changed after that (absolute values, so setting one twice is harmless); a slice reads only the days of
/// its periods (`rollup(for:now:)`). The items whose term runs are kept one by one, since whether each is
/// late depends on the time of the query.
public struct RollupCube: Sendable {
    var books = Array(repeating: CodeBook(), count: SliceDimension.attributes.count)
    var days: [Int64: CubeDay] = [:]
    /// Where each running item is: its receipt day and its position in that day's arrays.
    private var running: [String: (day: Int64, position: Int)] = [:]

    public init() {}

    /// Sets a stored cell.
    public mutating func setCell(_ key: RollupKey, to counts: RollupCounts) {
        let codes = code(key)
        days[key.day.dayNumber, default: CubeDay()].cells.set(codes, to: CubeCounts(counts))
    }

    /// Sets a stored count of times: `n` items of the cell took the time of `key.bucket`.
    public mutating func setDuration(_ key: DurationKey, to n: Int64) {
        var codes = code(key.cell)
        codes[7] = UInt32(key.bucket.number)
        days[key.cell.day.dayNumber, default: CubeDay()].durations.set(codes, to: n)
    }

    /// Sets an item's running term: its cell and the instant its term ends, or nil when no term runs.
    public mutating func setRunning(_ id: String, in key: RollupKey?, dueMillis: Int64?) {
        let day = key?.day.dayNumber
        var codes: SIMD8<UInt32>?
        if let key { codes = code(key) }
        if let place = running[id] {
            if let codes, let dueMillis, place.day == day {
                days[place.day]?.updateRunning(at: place.position, codes: codes, due: dueMillis)
                return
            }
            running[id] = nil
            if let moved = days[place.day]?.removeRunning(at: place.position) { running[moved] = place }
        }
        guard let codes, let dueMillis, let day else { return }
        let position = days[day, default: CubeDay()].appendRunning(id, codes: codes, due: dueMillis)
        running[id] = (day, position)
    }

    /// Sets an item's running term from the item itself (`TermState.runningDue`).
    public mutating func setRunning(_ appeal: Appeal, timeZone: TimeZone) {
        setRunning(appeal.id, in: RollupKey(appeal, timeZone: timeZone), dueMillis: TermState.runningDue(appeal).map(Timestamp.millis))
    }

    public var runningCount: Int { running.count }

    /// The cells kept, emptied ones included.
    public var cellCount: Int { days.values.reduce(0) { $0 + $1.cells.count } }

    private mutating func code(_ key: RollupKey) -> SIMD8<UInt32> {
        var codes = SIMD8<UInt32>(repeating: 0)
        for (lane, dimension) in SliceDimension.attributes.enumerated() {
            codes[lane] = books[lane].code(dimension.value(of: key))
        }
        return codes
    }
}
