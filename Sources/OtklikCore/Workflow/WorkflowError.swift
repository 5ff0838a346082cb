/// Why a workflow action was refused.
public enum WorkflowError: Error, Sendable, Equatable {
    /// The appeal is outside the user's scope: treated as not found, so its existence is not disclosed.
    case outOfScope
    /// The role may never take this action.
    case roleNotPermitted(action: WorkflowAction, role: Role)
    /// The action is not possible in the current status; `allowed` lists what the user can do now.
    case illegalTransition(action: WorkflowAction, status: AppealStatus, allowed: [WorkflowAction])
    /// The appeal changed since the user loaded it.
    case versionConflict(expected: Int, actual: Int)
    /// The input is missing or has invalid fields.
    case invalidInput([FieldError])
}
