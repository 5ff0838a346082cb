import Foundation

/// Encodes one value of a canonical document (`CanonicalJSON`). A value's members are written into the shared
/// buffer as they come, each remembered as a range; when the value's `encode(to:)` returns, `close` puts them in
/// key order (an object) or keeps their order (an array) and adds the brackets and commas. A container handed out
/// for later writing gets a buffer of its own and is taken in at the close.
final class CanonicalEncoder: Encoder {
    private enum Shape {
        case none, object, array, single
    }

    /// One member: its key in an object, and its bytes — in place in the shared buffer, or in an encoder of its own.
    private struct Part {
        enum Bytes {
            case inPlace(Range<Int>)
            case detached(CanonicalEncoder)
        }

        var key: String?
        var bytes: Bytes
    }

    let buffer: CanonicalBuffer
    private let parent: CanonicalEncoder?
    private let key: (any CodingKey)?
    private let start: Int
    private var shape = Shape.none
    private var parts: [Part] = []

    init(buffer: CanonicalBuffer, parent: CanonicalEncoder?, key: (any CodingKey)?) {
        self.buffer = buffer
        self.parent = parent
        self.key = key
        start = buffer.bytes.count
    }

    var codingPath: [any CodingKey] { path(adding: nil) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The coding path, put together only when asked for (an error's context): most values never need it.
    func path(adding last: (any CodingKey)?) -> [any CodingKey] {
        var keys: [any CodingKey] = last.map { [$0] } ?? []
        var encoder: CanonicalEncoder? = self
        while let current = encoder {
            if let key = current.key { keys.append(key) }
            encoder = current.parent
        }
        return keys.reversed()
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        open(.object)
        return KeyedEncodingContainer(CanonicalKeyedContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        open(.array)
        return CanonicalUnkeyedContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        CanonicalSingleValueContainer(encoder: self)
    }

    /// A value can ask for its container more than once; a second kind it asks for is a programming error,
    /// as in Foundation's encoder.
    private func open(_ wanted: Shape) {
        precondition(shape == .none || shape == wanted, "a value encodes into one kind of container")
        if shape == .none { parts.reserveCapacity(wanted == .object ? 32 : 4) }
        shape = wanted
    }

    var count: Int { parts.count }

    /// Writes a member in place: `write` appends its bytes to the shared buffer.
    func member(key: String?, _ write: () throws -> Void) rethrows {
        let from = buffer.bytes.count
        try write()
        parts.append(Part(key: key, bytes: .inPlace(from..<buffer.bytes.count)))
    }

    /// A member written through an encoder of its own, taken in at the close. Asked for twice under one key, the
    /// later replaces the earlier (Foundation would reuse the first); no type of ours does that.
    func detachedMember(key: String?, codingKey: (any CodingKey)?) -> CanonicalEncoder {
        let encoder = CanonicalEncoder(buffer: CanonicalBuffer(capacity: 64), parent: self, key: codingKey)
        parts.append(Part(key: key, bytes: .detached(encoder)))
        return encoder
    }

    /// Marks a value written through its single-value container (its bytes are in place already).
    func wroteSingleValue() {
        precondition(shape == .none, "a single-value container takes one value")
        shape = .single
    }

    /// Finishes the value once its `encode(to:)` has returned.
    func close() throws {
        switch shape {
        case .single:
            return
        case .none:
            // What Foundation writes for a value that encoded nothing.
            buffer.bytes.append(contentsOf: [0x7B, 0x7D])
        case .object:
            // By the keys' UTF-8 bytes, as Foundation sorts them (not `String`'s order, which normalises first);
            // of two members with the same key the later wins, as a dictionary would keep it.
            let ordered = parts.indices.sorted { Self.precedes(parts[$0].key ?? "", $0, parts[$1].key ?? "", $1) }
            var kept: [Int] = []
            kept.reserveCapacity(ordered.count)
            for (position, index) in ordered.enumerated()
            where position + 1 == ordered.count || !(parts[ordered[position + 1]].key ?? "").utf8.elementsEqual((parts[index].key ?? "").utf8) {
                kept.append(index)
            }
            try assemble(kept, open: 0x7B, close: 0x7D)
        case .array:
            try assemble(Array(parts.indices), open: 0x5B, close: 0x5D)
        }
    }

    private static func precedes(_ key: String, _ index: Int, _ other: String, _ otherIndex: Int) -> Bool {
        if key.utf8.elementsEqual(other.utf8) { return index < otherIndex }
        return key.utf8.lexicographicallyPrecedes(other.utf8)
    }

    private func assemble(_ order: [Int], open: UInt8, close: UInt8) throws {
        var out = buffer.takeScratch()
        defer { buffer.returnScratch(out) }
        out.append(open)
        for (position, index) in order.enumerated() {
            if position > 0 { out.append(0x2C) }
            let part = parts[index]
            if let key = part.key {
                CanonicalBuffer.append(string: key, to: &out)
                out.append(0x3A)
            }
            switch part.bytes {
            case .inPlace(let range):
                out.append(contentsOf: buffer.bytes[range])
            case .detached(let encoder):
                try encoder.close()
                out.append(contentsOf: encoder.buffer.bytes)
            }
        }
        out.append(close)
        buffer.bytes.replaceSubrange(start..<buffer.bytes.count, with: out)
    }
}
