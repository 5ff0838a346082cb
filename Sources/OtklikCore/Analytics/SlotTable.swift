/// Numbers the groups a slice scan meets, so the scan adds into arrays by slot. When the possible groups
/// are few, each group is its own slot (nothing to look up in the scan's inner loop); when more, a flat
/// array finds slots, and past that a dictionary.
struct SlotTable: Sendable {
    /// Up to this many possible groups, each is its own slot (arrays of this many sums are small).
    static let identityLimit = 1 << 15
    /// Above this many possible groups, a dictionary (the flat array would cost more than it saves).
    static let flatLimit = 1 << 22
    /// The number of possible groups when each is its own slot.
    private let identity: Int?
    private var flat: [Int32]
    private var sparse: [Int: Int32] = [:]
    /// The group of each slot, when slots are numbered in the order met.
    private var groups: [Int] = []

    init(possibleGroups: Int) {
        identity = possibleGroups <= Self.identityLimit ? possibleGroups : nil
        flat = identity == nil && possibleGroups <= Self.flatLimit ? Array(repeating: -1, count: possibleGroups) : []
    }

    /// The group's slot, a new one the first time.
    @inline(__always)
    mutating func slot(_ group: Int) -> Int {
        if identity != nil { return group }
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

    /// The slots there are: all possible groups when each is its own.
    var count: Int { identity ?? groups.count }

    func group(ofSlot slot: Int) -> Int { identity == nil ? groups[slot] : slot }
}
