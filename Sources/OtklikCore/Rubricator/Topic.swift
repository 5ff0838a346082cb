/// A subtopic (тематика / подтема) inside a topic block.
public struct Topic: Codable, Sendable, Equatable, Hashable {
    public var id: String
    public var blockId: String
    public var name: String
    /// Words an administrator writes for the topic, so that suggestions work before any appeal has been
    /// filed under it (issue 5: "a new deployment works on day one"). Nil or empty: the name alone.
    public var keywords: [String]?

    public init(id: String, blockId: String, name: String, keywords: [String]? = nil) {
        self.id = id
        self.blockId = blockId
        self.name = name
        self.keywords = keywords
    }
}
