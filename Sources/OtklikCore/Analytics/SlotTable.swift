/// Numbers the groups a slice scan meets, in the order met: a group (an integer from the cube's mixed
/// radix) gets a slot, and the scan adds into arrays by slot. A flat array finds slots when the groups
/// are few enough to index, a dictionary otherwise.
struct SlotTable {
    /// Above this many possible groups, a dictionary (the flat array would cost more than it saves).
    static let flatLimit = 1 << 22
    private var flat: [Int32]
    private var sparse: [Int: Int32] = [:]
    /// The group of each slot.
    private(set) var groups: [Int] = []

    init(possibleGroups: Int) {
        flat = possibleGroups <= Self.flatLimit ? Array(repeating: -1, count: possibleGroups) : []
    }

    /// The group's slot, a new one the first time.
    mutating func slot(_ group: Int) -> Int {
        if !flat.isEmpty {
            let known = flat[group]
            if known >= 0 { return Int(known) }
            flat[group] = Int32(groups.count)
        } else {
            if let known = sparse[group] { return Int(known) }
            sparse[group] = Int32(groups.count)
        }
        groups.append(group)
        return groups.count - 1
    }

    var count: Int { groups.count }
}
