/// Reference data an action's input is checked against.
public struct WorkflowReferences: Sendable {
    public var bodyIds: Set<String>
    public var municipalityIds: Set<String>
    public var rubricator: Rubricator
    /// The appeal a `merge` or a `markRepeat` points at (`ActionInput.linkedId`), loaded by the caller.
    public var target: Appeal?
    /// The region's term rules and calendar; nil where terms are not kept.
    public var terms: TermPolicy?

    public init(
        bodyIds: Set<String>, municipalityIds: Set<String>, rubricator: Rubricator, target: Appeal? = nil, terms: TermPolicy? = nil
    ) {
        self.bodyIds = bodyIds
        self.municipalityIds = municipalityIds
        self.rubricator = rubricator
        self.target = target
        self.terms = terms
    }
}
