import Foundation

/// What the feedback platform's connector takes back for a ПОС item (issue 8: «the answer goes back through the
/// channel it came from»): ПОС's own interface is the connector's, so Otklik keeps the changes a citizen sees
/// — taken in with its number, registered, sent to a body, postponed or extended, answered (with the approved
/// answer), refused by law, merged, reopened — for it to pull in order (`seq`, the event log's position).
public struct POSUpdate: Codable, Sendable, Equatable {
    /// The event types a citizen is told of; structuring, reviews and the like stay inside the centre.
    public static let told: Set<String> = [
        "created", WorkflowAction.register.rawValue, WorkflowAction.assign.rawValue, WorkflowAction.redirect.rawValue,
        WorkflowAction.postpone.rawValue, WorkflowAction.approve.rawValue, WorkflowAction.reject.rawValue, WorkflowAction.merge.rawValue,
        WorkflowAction.reopen.rawValue,
    ]

    public var seq: Int64
    /// The message's id in ПОС.
    public var posId: String
    public var number: String
    public var event: String
    public var at: Date
    /// Where the item stands now, as the public pages say it.
    public var stage: PublicStage
    public var stageTitle: String
    /// The approved answer, on `approve`.
    public var answer: String?
    /// The term of the answer in force, while one runs.
    public var dueAt: Date?

    /// The update an event of a ПОС item makes; nil for an event the citizen is not told of, or another channel's item.
    public init?(event: AppealEvent, appeal: Appeal) {
        guard appeal.channel == .pos, let posId = appeal.externalId, Self.told.contains(event.type) else { return nil }
        let shown = PublicAppeal(appeal, topic: nil, municipality: nil)
        seq = event.seq
        self.posId = posId
        number = appeal.number
        self.event = event.type
        at = event.at
        stage = shown.stage
        stageTitle = shown.stageTitle
        answer = event.type == WorkflowAction.approve.rawValue ? appeal.answers.last(where: { !$0.isInterim })?.text : nil
        dueAt = shown.dueAt
    }
}
