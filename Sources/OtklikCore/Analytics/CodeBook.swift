/// The values one attribute cut has taken, each numbered in order of first sight, so the `RollupCube`
/// keeps small numbers instead of strings and can index arrays by them.
struct CodeBook: Sendable {
    private(set) var values: [String] = []
    private var codes: [String: UInt32] = [:]

    /// The value's number, given one if it is new.
    mutating func code(_ value: String) -> UInt32 {
        if let code = codes[value] { return code }
        let code = UInt32(values.count)
        values.append(value)
        codes[value] = code
        return code
    }

    var count: Int { values.count }
}
