/// Entries filed under 64-bit keys, each key's entries newest first: a head per key and one link per entry
/// (no array per key, so a million keys cost a dictionary slot and four bytes an entry).
struct EntryChain: Sendable {
    private var heads: [UInt64: Int32] = [:]
    private var links: [Int32] = []

    /// Files entry `entry` (entries come in the order 0, 1, 2, …) under `key`, or under none.
    mutating func append(_ entry: Int32, under key: UInt64?) {
        precondition(Int(entry) == links.count, "entries are appended in order")
        guard let key else {
            links.append(-1)
            return
        }
        links.append(heads[key] ?? -1)
        heads[key] = entry
    }

    /// The entries under `key`, newest first, at most `limit`, until `body` returns false.
    func forEach(under key: UInt64, limit: Int, _ body: (Int32) -> Bool) {
        var entry = heads[key] ?? -1
        var seen = 0
        while entry >= 0, seen < limit, body(entry) {
            entry = links[Int(entry)]
            seen += 1
        }
    }
}
