/// A body or organisation responsible for answering (орган / организация, «ответственный получатель»).
/// It belongs to the region when `municipalityId` is nil, otherwise to that municipality.
public struct Body: Codable, Sendable, Equatable, Hashable {
    public var id: String
    public var name: String
    public var municipalityId: String?
    /// Topic blocks the body usually answers for; a routing hint, not a restriction.
    public var blockIds: [String]

    public init(id: String, name: String, municipalityId: String? = nil, blockIds: [String] = []) {
        self.id = id
        self.name = name
        self.municipalityId = municipalityId
        self.blockIds = blockIds
    }

    public var isRegional: Bool { municipalityId == nil }
}
