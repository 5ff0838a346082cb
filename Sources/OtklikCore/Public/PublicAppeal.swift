import Foundation

/// An item as the public side shows it to whoever holds its link (issue 9): what it is about and where it
/// stands, with personal data hidden (`PersonalDataRedaction`) — no author, no contact, no executor.
public struct PublicAppeal: Codable, Sendable, Equatable {
    public var number: String
    public var kind: String
    public var stage: PublicStage
    public var stageTitle: String
    public var receivedAt: Date
    /// The term of the answer in force (extended or not); nil when no term runs.
    public var dueAt: Date?
    public var topic: String?
    public var municipality: String?
    public var text: String
    public var address: String?
    /// The approved answer, once the item is answered.
    public var answer: String?
    public var answeredAt: Date?
    /// Whether the author may rate the answer now.
    public var canRate: Bool
    /// The author's last rating: true «решена», false «не решена».
    public var satisfied: Bool?
    public var ratingComment: String?

    public init(_ appeal: Appeal, topic: String?, municipality: String?) {
        let stage = PublicStage.of(appeal)
        number = appeal.number
        kind = appeal.kind.title
        self.stage = stage
        stageTitle = stage.title
        receivedAt = appeal.receivedAt
        dueAt = appeal.status.isFinal ? nil : appeal.effectiveDueAt
        self.topic = topic
        self.municipality = municipality
        text = PersonalDataRedaction.redact(appeal.text, author: appeal.author)
        address = appeal.address.map { PersonalDataRedaction.redact($0, author: appeal.author) }
        let answer = appeal.status == .closed || appeal.status == .reopened ? appeal.answers.last(where: { !$0.isInterim }) : nil
        self.answer = answer.map { PersonalDataRedaction.redact($0.text, author: appeal.author) }
        answeredAt = answer?.at
        canRate = CitizenRating.isOpen(appeal)
        satisfied = appeal.feedback?.satisfied
        ratingComment = appeal.feedback?.comment.map { PersonalDataRedaction.redact($0, author: appeal.author) }
    }
}
