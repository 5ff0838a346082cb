/// One slice's pass over the `RollupCube`: which cells pass its filter, which group each falls in (a mixed
/// radix over the numbers of the grouped attributes and the day's place in the periods), and the sums per
/// group, kept by slot (`SlotTable`).
struct CubeScan: Sendable {
    private let request: SliceRequest
    /// For each filtered attribute lane, whether each of its numbers is allowed.
    private let masks: [(lane: Int, allowed: [Bool])]
    private let radix: [(lane: Int, multiplier: Int, count: Int)]
    /// The radix's two digits at most, unrolled for the inner loop (multiplier 0 where there is none).
    private let lanes: (Int, Int)
    private let multipliers: (Int, Int)
    /// Groups per day place.
    private let width: Int
    private var slots: SlotTable
    private var counts: [CubeSum] = []
    private var late: [Int64] = []
    /// Counts of times by slot, `slot * DurationBucket.count + bucket number`: in an array for the first
    /// slots, in a dictionary past them (a slice of thousands of groups by times is rare, and the array would
    /// be large).
    private var durations: [Int64] = []
    private var moreDurations: [Int: Int64] = [:]
    private static let arraySlots = (1 << 21) / DurationBucket.count

    /// The representative day of each place (`DayPlaces`).
    private let places: [LocalDate]

    init(request: SliceRequest, books: [CodeBook], places: [LocalDate]) {
        self.places = places
        self.request = request
        let attributes = SliceDimension.attributes
        masks = attributes.indices.compactMap { lane in
            request.filter.allowed[attributes[lane]].map { values in (lane, books[lane].values.map(values.contains)) }
        }
        var radix: [(lane: Int, multiplier: Int, count: Int)] = []
        var width = 1
        for lane in attributes.indices where request.cuts.contains(attributes[lane]) {
            radix.append((lane, width, books[lane].count))
            width *= books[lane].count
        }
        self.radix = radix
        self.width = width
        let padded = radix + Array(repeating: (lane: 0, multiplier: 0, count: 0), count: max(0, 2 - radix.count))
        lanes = (padded[0].lane, padded[1].lane)
        multipliers = (padded[0].multiplier, padded[1].multiplier)
        slots = SlotTable(possibleGroups: places.count * width)
        counts = Array(repeating: CubeSum(), count: slots.count)
        late = Array(repeating: 0, count: slots.count)
    }

    /// Adds one day's cells (and what the measure reads besides) at its place.
    mutating func add(_ day: CubeDay, place: Int, now: Int64) {
        day.cells.codes.withUnsafeBufferPointer { codes in
            day.cells.values.withUnsafeBufferPointer { cells in
                for position in 0..<codes.count {
                    let cell = codes[position]
                    guard masks.isEmpty || passes(cell) else { continue }
                    counts[slot(place, cell)].add(cells[position])
                }
            }
        }
        if request.measure.readsDurations {
            for position in day.durations.codes.indices {
                let codes = day.durations.codes[position]
                guard passes(codes) else { continue }
                addDurations(slot(place, codes), bucket: Int(codes[7]), n: day.durations.values[position])
            }
        }
        if request.measure.readsRunningLate {
            for position in day.runningCodes.indices where day.runningDue[position] < now {
                let codes = day.runningCodes[position]
                guard passes(codes) else { continue }
                late[slot(place, codes)] += 1
            }
        }
    }

    /// The sums as a rollup keyed by the groups' reduced keys.
    func rollup(books: [CodeBook]) -> Rollup {
        var rollup = Rollup()
        var keys: [Int: RollupKey] = [:]
        func slotKey(_ slot: Int) -> RollupKey {
            if let known = keys[slot] { return known }
            let made = key(of: slots.group(ofSlot: slot), books: books)
            keys[slot] = made
            return made
        }
        for slot in 0..<slots.count where !counts[slot].isZero || late[slot] != 0 {
            if !counts[slot].isZero { rollup.cells[slotKey(slot)] = counts[slot].counts }
            if late[slot] != 0 { rollup.runningLate[slotKey(slot)] = late[slot] }
        }
        func addDurations(_ index: Int, _ n: Int64) {
            guard let bucket = DurationBucket(number: index % DurationBucket.count) else { return }
            rollup.durations[DurationKey(cell: slotKey(index / DurationBucket.count), bucket: bucket)] = n
        }
        for (index, n) in durations.enumerated() where n != 0 { addDurations(index, n) }
        for (index, n) in moreDurations where n != 0 { addDurations(index, n) }
        return rollup
    }

    private func passes(_ codes: SIMD8<UInt32>) -> Bool {
        for mask in masks where !mask.allowed[Int(codes[mask.lane])] { return false }
        return true
    }

    /// Adds another scan of the same slice over other days (the parts of a parallel scan).
    mutating func merge(_ other: CubeScan) {
        for theirs in 0..<other.slots.count where !other.counts[theirs].isZero || other.late[theirs] != 0 {
            let mine = slot(group: other.slots.group(ofSlot: theirs))
            counts[mine].add(other.counts[theirs])
            late[mine] += other.late[theirs]
        }
        let stride = DurationBucket.count
        for (index, n) in other.durations.enumerated() where n != 0 {
            addDurations(slot(group: other.slots.group(ofSlot: index / stride)), bucket: index % stride, n: n)
        }
        for (index, n) in other.moreDurations where n != 0 {
            addDurations(slot(group: other.slots.group(ofSlot: index / stride)), bucket: index % stride, n: n)
        }
    }

    private mutating func addDurations(_ slot: Int, bucket: Int, n: Int64) {
        let index = slot * DurationBucket.count + bucket
        if slot < Self.arraySlots {
            if index >= durations.count { durations += repeatElement(0, count: (slot + 1) * DurationBucket.count - durations.count) }
            durations[index] += n
        } else {
            moreDurations[index, default: 0] += n
        }
    }

    @inline(__always)
    private mutating func slot(_ place: Int, _ codes: SIMD8<UInt32>) -> Int {
        slot(group: place * width + Int(codes[lanes.0]) * multipliers.0 + Int(codes[lanes.1]) * multipliers.1)
    }

    @inline(__always)
    private mutating func slot(group: Int) -> Int {
        let slot = slots.slot(group)
        if slot == counts.count {
            counts.append(CubeSum())
            late.append(0)
        }
        return slot
    }

    private func key(of group: Int, books: [CodeBook]) -> RollupKey {
        let place = group / width
        let rest = group % width
        var values = Array(repeating: "", count: SliceDimension.attributes.count)
        for digit in radix { values[digit.lane] = books[digit.lane].values[(rest / digit.multiplier) % digit.count] }
        return RollupKey(day: places[place], attributes: values)
    }
}
