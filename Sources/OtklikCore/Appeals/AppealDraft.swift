import Foundation

/// What intake receives: an appeal before it has an id, a number or a status.
public struct AppealDraft: Codable, Sendable, Equatable {
    public var kind: AppealKind
    public var channel: Channel
    public var externalId: String?
    public var receivedAt: Date?
    public var author: Author?
    public var text: String
    public var summary: String?
    public var address: String?
    public var point: GeoPoint?
    public var municipalityId: String?
    public var blockId: String?
    public var topicId: String?
    public var duplicateOf: String?
    public var repeatOf: String?

    public init(
        kind: AppealKind, channel: Channel, externalId: String? = nil, receivedAt: Date? = nil,
        author: Author? = nil, text: String, summary: String? = nil, address: String? = nil,
        point: GeoPoint? = nil, municipalityId: String? = nil, blockId: String? = nil, topicId: String? = nil,
        duplicateOf: String? = nil, repeatOf: String? = nil
    ) {
        self.kind = kind
        self.channel = channel
        self.externalId = externalId
        self.receivedAt = receivedAt
        self.author = author
        self.text = text
        self.summary = summary
        self.address = address
        self.point = point
        self.municipalityId = municipalityId
        self.blockId = blockId
        self.topicId = topicId
        self.duplicateOf = duplicateOf
        self.repeatOf = repeatOf
    }
}
