/// One appeal a person structured: its text and the topic and body they chose (either may be missing).
public struct StructureExample: Sendable, Equatable {
    public var text: String
    public var topicId: String?
    public var bodyId: String?

    public init(text: String, topicId: String?, bodyId: String?) {
        self.text = text
        self.topicId = topicId
        self.bodyId = bodyId
    }
}
