/// A subtopic (тематика / подтема) inside a topic block.
public struct Topic: Codable, Sendable, Equatable, Hashable {
    public var id: String
    public var blockId: String
    public var name: String

    public init(id: String, blockId: String, name: String) {
        self.id = id
        self.blockId = blockId
        self.name = name
    }
}
