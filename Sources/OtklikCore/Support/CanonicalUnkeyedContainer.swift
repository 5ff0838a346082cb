/// An array's elements for `CanonicalEncoder`, written in place in the order they come.
struct CanonicalUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: CanonicalEncoder

    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { encoder.count }

    mutating func encodeNil() throws {
        encoder.member(key: nil) { encoder.buffer.appendNull() }
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let index = CanonicalIndexKey(intValue: encoder.count)
        try encoder.member(key: nil) { try encoder.buffer.write(value, parent: encoder, key: index) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        encoder.detachedMember(key: nil, codingKey: CanonicalIndexKey(intValue: encoder.count)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        encoder.detachedMember(key: nil, codingKey: CanonicalIndexKey(intValue: encoder.count)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        encoder.detachedMember(key: nil, codingKey: CanonicalIndexKey(intValue: encoder.count))
    }
}
