import Foundation

/// A workflow step of a demo appeal; `actorBodyId` names the body whose executor acts (nil: the operator).
public struct DemoStep: Sendable {
    public var action: WorkflowAction
    public var input: ActionInput
    public var actorBodyId: String?
    public var at: Date
}
