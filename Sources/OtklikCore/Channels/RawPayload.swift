import Foundation

/// What a channel sent, byte for byte, with its content type: kept beside the item it made, never changed,
/// so what the citizen or the outside system said can always be shown (the record counts as a letter).
public struct RawPayload: Sendable, Equatable {
    public var contentType: String
    public var body: Data

    public init(contentType: String, body: Data) {
        self.contentType = contentType
        self.body = body
    }
}
