import Foundation
import OtklikCore

/// One workflow action to take, for `AppealStore.perform(_:)`.
public struct ActionRequest: Sendable {
    public var action: WorkflowAction
    public var input: ActionInput
    public var appealId: String
    public var user: User
    public var at: Date

    public init(action: WorkflowAction, input: ActionInput, appealId: String, user: User, at: Date) {
        self.action = action
        self.input = input
        self.appealId = appealId
        self.user = user
        self.at = at
    }
}
