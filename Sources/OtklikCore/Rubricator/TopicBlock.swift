/// A topic block (отраслевой блок) of the rubricator.
public struct TopicBlock: Codable, Sendable, Equatable, Hashable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
