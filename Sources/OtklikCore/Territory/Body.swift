/// A body or organisation responsible for answering (орган / организация, «ответственный получатель»).
/// It belongs to the region when `municipalityId` is nil, otherwise to that municipality.
public struct Body: Codable, Sendable, Equatable, Hashable {
    public var id: String
    public var name: String
    public var municipalityId: String?
    /// Topic blocks the body usually answers for; a routing hint, not a restriction.
    public var blockIds: [String]
    /// The address of its confirmed official page in a social network (8-ФЗ ст. 10 ч. 1 in the wording of
    /// 270-ФЗ), when it has one: what indicator K11 counts.
    public var officialPage: String?

    public init(id: String, name: String, municipalityId: String? = nil, blockIds: [String] = [], officialPage: String? = nil) {
        self.id = id
        self.name = name
        self.municipalityId = municipalityId
        self.blockIds = blockIds
        self.officialPage = officialPage
    }

    public var isRegional: Bool { municipalityId == nil }
}
