import Foundation

/// The bytes one canonical encoding writes, shared by the encoders of the value and of all it contains.
final class CanonicalBuffer {
    var bytes: [UInt8] = []

    /// Where an object or array is put together before it replaces its members' bytes; kept for the next one.
    private var scratch: [UInt8] = []

    init(capacity: Int = 2048) {
        bytes.reserveCapacity(capacity)
    }

    func takeScratch() -> [UInt8] {
        var taken: [UInt8] = []
        swap(&taken, &scratch)
        taken.removeAll(keepingCapacity: true)
        return taken
    }

    func returnScratch(_ used: [UInt8]) {
        scratch = used
    }

    /// Writes a value: the types JSON has and dates directly, anything else through its own `encode(to:)`.
    /// The metatype is compared first, so a value of another type pays for no failed casts.
    func write<T: Encodable>(_ value: T, parent: CanonicalEncoder?, key: (any CodingKey)?) throws {
        if T.self == String.self {
            Self.append(string: unsafeBitCast(value, to: String.self), to: &bytes)
        } else if T.self == Date.self {
            bytes.append(0x22)
            Timestamp.appendISO(unsafeBitCast(value, to: Date.self), to: &bytes)
            bytes.append(0x22)
        } else if T.self == Int.self {
            append(integer: unsafeBitCast(value, to: Int.self))
        } else if T.self == Int64.self {
            append(integer: unsafeBitCast(value, to: Int64.self))
        } else if T.self == Bool.self {
            append(bool: unsafeBitCast(value, to: Bool.self))
        } else if T.self == Double.self {
            try append(float: unsafeBitCast(value, to: Double.self), path: parent?.path(adding: key) ?? [])
        } else if T.self == [String].self {
            // Lists of words and ids: an array's own `encode(to:)` would take a container and an encoder for each.
            bytes.append(0x5B)
            for (index, string) in unsafeBitCast(value, to: [String].self).enumerated() {
                if index > 0 { bytes.append(0x2C) }
                Self.append(string: string, to: &bytes)
            }
            bytes.append(0x5D)
        } else if let integer = Self.otherInteger(value) {
            bytes.append(contentsOf: integer.utf8)
        } else if T.self == Float.self {
            try append(float: unsafeBitCast(value, to: Float.self), path: parent?.path(adding: key) ?? [])
        } else if T.self == Data.self || T.self == URL.self || T.self == Decimal.self {
            // Foundation's encoder writes these its own way; canonical documents hold none, so none is guessed at.
            throw EncodingError.invalidValue(
                value, .init(codingPath: parent?.path(adding: key) ?? [], debugDescription: "\(T.self) has no canonical form here")
            )
        } else {
            let encoder = CanonicalEncoder(buffer: self, parent: parent, key: key)
            try value.encode(to: encoder)
            try encoder.close()
        }
    }

    /// The digits of an integer of a type less common than `Int` and `Int64`. These encode themselves through a
    /// single-value container, which would come back here: they must end here, as written numbers.
    private static func otherInteger<T>(_ value: T) -> String? {
        switch T.self {
        case is Int8.Type, is Int16.Type, is Int32.Type, is UInt.Type, is UInt8.Type, is UInt16.Type, is UInt32.Type, is UInt64.Type,
            is Int128.Type, is UInt128.Type:
            "\(value)"
        default:
            nil
        }
    }

    func appendNull() {
        bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
    }

    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    func append(bool: Bool) {
        bytes.append(contentsOf: bool ? Self.trueBytes : Self.falseBytes)
    }

    func append(integer: some BinaryInteger) {
        bytes.append(contentsOf: String(integer).utf8)
    }

    /// As Foundation writes a floating-point number: its shortest round-trip digits, without a trailing `.0`.
    func append(float: some BinaryFloatingPoint & CustomStringConvertible, path: @autoclosure () -> [any CodingKey]) throws {
        guard float.isFinite else {
            throw EncodingError.invalidValue(float, .init(codingPath: path(), debugDescription: "\(float) is not a JSON number"))
        }
        var text = float.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    /// A JSON string: quote, backslash and control characters escaped, everything else (slashes and all
    /// non-ASCII text) as its UTF-8 bytes; runs of plain bytes are copied whole.
    static func append(string: String, to bytes: inout [UInt8]) {
        bytes.append(0x22)
        var string = string
        string.withUTF8 { utf8 in
            var plainFrom = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainFrom..<index]))
                appendEscape(of: byte, to: &bytes)
                plainFrom = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainFrom..<utf8.count]))
        }
        bytes.append(0x22)
    }

    private static func appendEscape(of byte: UInt8, to bytes: inout [UInt8]) {
        let short: UInt8? =
            switch byte {
            case 0x22: 0x22
            case 0x5C: 0x5C
            case 0x08: 0x62
            case 0x0C: 0x66
            case 0x0A: 0x6E
            case 0x0D: 0x72
            case 0x09: 0x74
            default: nil
            }
        if let short {
            bytes.append(contentsOf: [0x5C, short])
        } else {
            bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]])
        }
    }
}
