import Foundation
import OtklikCore

/// An appeal as the API shows it to one user: personal data masked for roles that may not see it,
/// the actions the user may take now, where it stands against its term, and optionally the history.
struct AppealResource: Encodable {
    var appeal: Appeal
    var allowedActions: [WorkflowAction]
    var termState: TermState
    var history: [EventResource]?

    /// The appeal as it was stored, unmasked: its stored document can stand for it (`json(stored:)`).
    private let showsStoredAppeal: Bool

    init(_ appeal: Appeal, for user: User, dueSoon: TimeInterval, history: [AppealEvent]? = nil) {
        var shown = appeal
        if !user.role.seesPersonalData { shown.author = appeal.author.masked }
        self.appeal = shown
        showsStoredAppeal = user.role.seesPersonalData
        allowedActions = Workflow.allowedActions(for: appeal, by: user)
        termState = TermState.of(appeal, at: Timestamp.now(), soon: dueSoon)
        self.history = history.map { $0.map(EventResource.init) }
    }

    /// What the API adds to the appeal's own members.
    private struct Members: Encodable {
        var allowedActions: [WorkflowAction]
        var termState: TermState
        var history: [EventResource]?
    }

    private var members: Members { Members(allowedActions: allowedActions, termState: termState, history: history) }

    func encode(to encoder: any Encoder) throws {
        try appeal.encode(to: encoder)
        try members.encode(to: encoder)
    }

    /// The resource's JSON. Given the appeal's stored canonical document, the added members are written after
    /// its own instead of encoding the appeal again (a third of the server's encoding under single POSTs);
    /// the members are then not in sorted order, which JSON does not ask for.
    func json(stored document: Data?) throws -> [UInt8] {
        guard let document, showsStoredAppeal, document.last == UInt8(ascii: "}") else { return try CanonicalJSON.bytes(self) }
        let added = try CanonicalJSON.bytes(members)
        var bytes = [UInt8]()
        bytes.reserveCapacity(document.count + added.count)
        bytes.append(contentsOf: document.dropLast())
        bytes.append(UInt8(ascii: ","))
        bytes.append(contentsOf: added.dropFirst())
        return bytes
    }
}
