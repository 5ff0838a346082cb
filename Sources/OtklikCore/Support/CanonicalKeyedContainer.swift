/// An object's members for `CanonicalEncoder`, written in place and put in key order when the object closes.
struct CanonicalKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: CanonicalEncoder

    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws {
        encoder.member(key: key.stringValue) { encoder.buffer.appendNull() }
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        encoder.member(key: key.stringValue) { encoder.buffer.append(bool: value) }
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        encoder.member(key: key.stringValue) { CanonicalBuffer.append(string: value, to: &encoder.buffer.bytes) }
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        try encoder.member(key: key.stringValue) { try encoder.buffer.append(float: value, path: encoder.path(adding: key)) }
    }

    mutating func encode(_ value: Float, forKey key: Key) throws {
        try encoder.member(key: key.stringValue) { try encoder.buffer.append(float: value, path: encoder.path(adding: key)) }
    }

    mutating func encode(_ value: Int, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int128, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt128, forKey key: Key) throws { integer(value, key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encoder.member(key: key.stringValue) { try encoder.buffer.write(value, parent: encoder, key: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        encoder.detachedMember(key: key.stringValue, codingKey: key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder.detachedMember(key: key.stringValue, codingKey: key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        encoder.detachedMember(key: "super", codingKey: nil)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        encoder.detachedMember(key: key.stringValue, codingKey: key)
    }

    private func integer(_ value: some BinaryInteger, _ key: Key) {
        encoder.member(key: key.stringValue) { encoder.buffer.append(integer: value) }
    }
}
