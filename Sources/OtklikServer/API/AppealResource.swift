import Foundation
import OtklikCore

/// An appeal as the API shows it to one user: personal data masked for roles that may not see it,
/// the actions the user may take now, where it stands against its term, and optionally the history.
struct AppealResource: Encodable {
    var appeal: Appeal
    var allowedActions: [WorkflowAction]
    var termState: TermState
    var history: [EventResource]?

    init(_ appeal: Appeal, for user: User, dueSoon: TimeInterval, history: [AppealEvent]? = nil) {
        var shown = appeal
        if !user.role.seesPersonalData { shown.author = appeal.author.masked }
        self.appeal = shown
        allowedActions = Workflow.allowedActions(for: appeal, by: user)
        termState = TermState.of(appeal, at: Timestamp.now(), soon: dueSoon)
        self.history = history.map { $0.map(EventResource.init) }
    }

    enum CodingKeys: String, CodingKey {
        case allowedActions, termState, history
    }

    func encode(to encoder: any Encoder) throws {
        try appeal.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(allowedActions, forKey: .allowedActions)
        try container.encode(termState, forKey: .termState)
        try container.encodeIfPresent(history, forKey: .history)
    }
}
