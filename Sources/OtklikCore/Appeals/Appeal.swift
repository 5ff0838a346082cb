import Foundation

/// An appeal or message as it stands now: the projection of its events.
/// `text` is the original and never changes after intake.
public struct Appeal: Codable, Sendable, Equatable {
    public var id: String
    public var number: String
    public var kind: AppealKind
    public var channel: Channel
    public var externalId: String?
    public var receivedAt: Date
    public var registeredAt: Date?
    public var author: Author
    public var isAnonymous: Bool
    public var text: String
    public var summary: String?
    public var address: String?
    public var point: GeoPoint?
    public var municipalityId: String?
    public var blockId: String?
    public var topicId: String?
    public var bodyId: String?
    public var executorId: String?
    public var status: AppealStatus
    public var postponedUntil: Date?
    public var statusReason: String?
    public var rejectionGround: RejectionGround?
    // Terms, set by `TermPolicy` from the item's rule; nil where no rule sets them (yet).
    public var registrationDueAt: Date?
    public var redirectDueAt: Date?
    public var answerDueAt: Date?
    public var extendedAnswerDueAt: Date?
    /// Why the terms could not be computed (a year without calendar data), if so.
    public var termNote: String?
    public var answeredAt: Date?
    public var closedAt: Date?
    public var duplicateOf: String?
    public var repeatOf: String?
    public var mergedInto: String?
    /// How many times the item was sent on to another body (перенаправление); nil before the first.
    public var redirectCount: Int?
    /// How many times a body returned it to the centre as not theirs; nil before the first.
    public var returnCount: Int?
    /// How many times it was reopened after an answer was approved; nil before the first.
    public var reopenCount: Int?
    /// When it was first sent to a body: held against `redirectDueAt` (59-ФЗ ст. 8 ч. 3).
    public var assignedAt: Date?
    /// The body's first reaction: the first action an executor took on it (rules.md §3.3 K5).
    public var reactedAt: Date?
    /// The office minutes from registration (receipt before it) to `reactedAt` on the region's working
    /// calendar, counted when the reaction happened (`TermPolicy.settleReaction`); nil before it.
    public var reactionWorkingMinutes: Int64?
    public var answers: [Answer]
    public var feedback: CitizenFeedback?
    /// What the structure model suggested at intake (its top topics and bodies and its version), when one was active.
    public var suggestion: StructureSuggestion?
    /// «model <version>» while the topic is the one the model set at intake above the confidence threshold;
    /// nil once a person sets the structure.
    public var structuredBy: String?
    /// «model <version>» while the body is the one the model sent the item to at intake; nil once a person
    /// assigns or redirects it. Such a body is no label for the model to learn from.
    public var routedBy: String?
    /// Incremented by every event; the optimistic-concurrency token.
    public var version: Int
    public var updatedAt: Date

    public init(id: String, number: String, draft: AppealDraft, receivedAt: Date, now: Date) {
        self.id = id
        self.number = number
        kind = draft.kind
        channel = draft.channel
        externalId = draft.externalId
        self.receivedAt = receivedAt
        registeredAt = nil
        author = draft.author ?? Author()
        isAnonymous = author.isAnonymous
        text = draft.text
        summary = draft.summary
        address = draft.address
        point = draft.point
        municipalityId = draft.municipalityId
        blockId = draft.blockId
        topicId = draft.topicId
        bodyId = nil
        executorId = nil
        status = .new
        postponedUntil = nil
        statusReason = nil
        rejectionGround = nil
        registrationDueAt = nil
        redirectDueAt = nil
        answerDueAt = nil
        extendedAnswerDueAt = nil
        termNote = nil
        answeredAt = nil
        closedAt = nil
        duplicateOf = draft.duplicateOf
        repeatOf = draft.repeatOf
        mergedInto = nil
        redirectCount = nil
        returnCount = nil
        reopenCount = nil
        assignedAt = nil
        reactedAt = nil
        reactionWorkingMinutes = nil
        answers = []
        feedback = nil
        suggestion = nil
        structuredBy = nil
        routedBy = nil
        version = 1
        updatedAt = now
    }

    /// The answer term that applies now: the extended one when there is one.
    public var effectiveDueAt: Date? { extendedAnswerDueAt ?? answerDueAt }

    /// The term the item is held to now: its answer term, or, before registration, the registration term.
    public var controlDueAt: Date? { effectiveDueAt ?? (registeredAt == nil ? registrationDueAt : nil) }

    public func isOverdue(at now: Date) -> Bool { TermState.of(self, at: now, soon: 0) == .overdue }
}
