/// One row of the workflow table: an action, the statuses it starts from, where it leads
/// (nil keeps the status) and who may take it.
public struct Transition: Sendable {
    public var action: WorkflowAction
    public var from: Set<AppealStatus>
    public var to: AppealStatus?
    public var roles: Set<Role>
    public var requires: [InputField]

    public init(_ action: WorkflowAction, from: Set<AppealStatus>, to: AppealStatus?, roles: Set<Role>, requires: [InputField] = []) {
        self.action = action
        self.from = from
        self.to = to
        self.roles = roles
        self.requires = requires
    }
}
