/// Values kept by their codes, in arrays a scan reads front to back: setting a code again replaces its
/// value in place (a stored row is the whole truth about its cell), a new code is appended.
struct CubeColumn<Value: Sendable>: Sendable {
    private(set) var codes: [SIMD8<UInt32>] = []
    private(set) var values: [Value] = []
    private var position: [SIMD8<UInt32>: Int] = [:]

    mutating func set(_ code: SIMD8<UInt32>, to value: Value) {
        if let known = position[code] {
            values[known] = value
        } else {
            position[code] = codes.count
            codes.append(code)
            values.append(value)
        }
    }

    var count: Int { codes.count }
}
