/// One service of the Open311 GeoReport v2 service list: a topic of the rubricator, its block as the group.
/// Services are `realtime` (a request gets its id at once) and have metadata: the municipality attribute
/// (`Open311Definition`).
public struct Open311Service: Sendable, Equatable {
    public var code: String
    public var name: String
    public var description: String
    public var keywords: [String]
    public var group: String

    /// The rubricator's topics, block by block in the rubricator's order.
    public static func catalog(_ rubricator: Rubricator) -> [Open311Service] {
        rubricator.blocks.flatMap { block in
            rubricator.topics.filter { $0.blockId == block.id }.map { topic in
                Open311Service(
                    code: topic.id, name: topic.name, description: "\(block.name): \(topic.name)", keywords: topic.keywords ?? [], group: block.name
                )
            }
        }
    }
}
