import Foundation

/// The canonical JSON of a value, as `JSONCoding.encoder()` writes it (sorted keys, no escaped slashes, dates as
/// `Timestamp.iso`) and byte for byte the same, written straight into bytes. Foundation's encoder builds a tree
/// of boxed values and casts every value to its special types on the way; intake encodes every new item whole,
/// and that took a quarter of the server's time taking batches in.
public enum CanonicalJSON {
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        Data(try bytes(value))
    }

    /// The same bytes without the copy into `Data`: what a response body is made of.
    public static func bytes<T: Encodable>(_ value: T) throws -> [UInt8] {
        let buffer = CanonicalBuffer()
        try buffer.write(value, parent: nil, key: nil)
        return buffer.bytes
    }
}
