/// A value written as one JSON value, in place (a string-backed enum, a wrapper).
struct CanonicalSingleValueContainer: SingleValueEncodingContainer {
    let encoder: CanonicalEncoder

    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws {
        encoder.wroteSingleValue()
        encoder.buffer.appendNull()
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.wroteSingleValue()
        try encoder.buffer.write(value, parent: encoder, key: nil)
    }
}
