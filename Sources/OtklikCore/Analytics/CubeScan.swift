/// One slice's pass over the `RollupCube`: which cells pass its filter, which group each falls in (a mixed
/// radix over the numbers of the grouped attributes and the day's place in the periods), and the sums per
/// group, kept by slot (`SlotTable`).
struct CubeScan {
    let keepsDay: Bool
    private let request: SliceRequest
    /// For each filtered attribute lane, whether each of its numbers is allowed.
    private let masks: [(lane: Int, allowed: [Bool])]
    private let radix: [(lane: Int, multiplier: Int, count: Int)]
    /// Groups per day place.
    private let width: Int
    private var slots: SlotTable
    private var counts: [RollupCounts] = []
    private var late: [Int64] = []
    /// Answer days by slot: `slot * (AnswerDays.cap + 1) + days`.
    private var answers: [Int: Int64] = [:]

    init(request: SliceRequest, books: [CodeBook]) {
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
        keepsDay = request.cuts.contains(where: \.isPeriod)
        let places = keepsDay ? Int(request.to.dayNumber - request.previousFrom.dayNumber + 1) : 2
        slots = SlotTable(possibleGroups: places * width)
    }

    /// Adds one day's cells (and what the measure reads besides) at its place: the day's offset from the
    /// first day of the previous period when a cut is a period, else 0 for the previous period, 1 for the current.
    mutating func add(_ day: CubeDay, dayIndex: Int, now: Int64) {
        for position in day.cellCodes.indices {
            let codes = day.cellCodes[position]
            guard passes(codes) else { continue }
            let slot = slot(dayIndex, codes)
            counts[slot].add(day.cellCounts[position])
        }
        if request.measure.readsAnswerDays {
            for position in day.answerCodes.indices {
                let codes = day.answerCodes[position]
                guard passes(codes) else { continue }
                answers[slot(dayIndex, codes) * (AnswerDays.cap + 1) + Int(codes[7]), default: 0] += day.answerCounts[position]
            }
        }
        if request.measure.readsRunningLate {
            for position in day.runningCodes.indices where day.runningDue[position] < now {
                let codes = day.runningCodes[position]
                guard passes(codes) else { continue }
                late[slot(dayIndex, codes)] += 1
            }
        }
    }

    /// The sums as a rollup keyed by the groups' reduced keys.
    func rollup(books: [CodeBook]) -> Rollup {
        var rollup = Rollup()
        var keys: [RollupKey] = []
        keys.reserveCapacity(slots.count)
        for (slot, group) in slots.groups.enumerated() {
            let key = key(of: group, books: books)
            keys.append(key)
            if !counts[slot].isZero { rollup.cells[key] = counts[slot] }
            if late[slot] != 0 { rollup.runningLate[key] = late[slot] }
        }
        for (index, n) in answers where n != 0 {
            let slot = index / (AnswerDays.cap + 1)
            rollup.answerDays[AnswerDaysKey(cell: keys[slot], days: index % (AnswerDays.cap + 1))] = n
        }
        return rollup
    }

    private func passes(_ codes: SIMD8<UInt32>) -> Bool {
        for mask in masks where !mask.allowed[Int(codes[mask.lane])] { return false }
        return true
    }

    private mutating func slot(_ dayIndex: Int, _ codes: SIMD8<UInt32>) -> Int {
        var group = dayIndex * width
        for digit in radix { group += Int(codes[digit.lane]) * digit.multiplier }
        let slot = slots.slot(group)
        if slot == counts.count {
            counts.append(RollupCounts())
            late.append(0)
        }
        return slot
    }

    private func key(of group: Int, books: [CodeBook]) -> RollupKey {
        let place = group / width
        let rest = group % width
        var values = Array(repeating: "", count: SliceDimension.attributes.count)
        for digit in radix { values[digit.lane] = books[digit.lane].values[(rest / digit.multiplier) % digit.count] }
        let day =
            keepsDay ? LocalDate(dayNumber: request.previousFrom.dayNumber + Int64(place)) : place == 1 ? request.from : request.previousFrom
        return RollupKey(day: day, attributes: values)
    }
}
