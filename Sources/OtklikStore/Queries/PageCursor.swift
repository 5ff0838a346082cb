import Foundation
import OtklikCore

/// A keyset position in the list: the sort key (`AppealSort.column`) and id of the last item shown; opaque to clients.
public struct PageCursor: Sendable, Equatable {
    public var key: Int64
    public var id: String

    public init(key: Int64, id: String) {
        self.key = key
        self.id = id
    }

    public var encoded: String { Base64URL.encode(Array("\(key)|\(id)".utf8)) }

    public init?(encoded: String) {
        guard let bytes = Base64URL.decode(encoded), let text = String(bytes: bytes, encoding: .utf8) else { return nil }
        let parts = text.split(separator: "|", maxSplits: 1)
        guard parts.count == 2, let millis = Int64(parts[0]), !parts[1].isEmpty else { return nil }
        key = millis
        id = String(parts[1])
    }
}
