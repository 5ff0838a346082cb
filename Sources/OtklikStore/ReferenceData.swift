import OtklikCore

/// The territory and the rubricator as loaded from the database.
public struct ReferenceData: Sendable, Equatable {
    public var municipalities: [Municipality]
    public var bodies: [Body]
    public var rubricator: Rubricator

    public var municipalityIds: Set<String> { Set(municipalities.map(\.id)) }
    public var bodyIds: Set<String> { Set(bodies.map(\.id)) }

    public func municipalityName(_ id: String?) -> String? { id.flatMap { id in municipalities.first { $0.id == id }?.name } }
    public func bodyName(_ id: String?) -> String? { id.flatMap { id in bodies.first { $0.id == id }?.name } }
    public func topicName(_ id: String?) -> String? { id.flatMap { rubricator.topic($0)?.name } }
    public func blockName(_ id: String?) -> String? { id.flatMap { rubricator.block($0)?.name } }

    public var draftValidator: AppealDraftValidator {
        AppealDraftValidator(municipalityIds: municipalityIds, rubricator: rubricator)
    }

    public func workflowReferences(target: Appeal? = nil, terms: TermPolicy? = nil) -> WorkflowReferences {
        WorkflowReferences(bodyIds: bodyIds, municipalityIds: municipalityIds, rubricator: rubricator, target: target, terms: terms)
    }
}
