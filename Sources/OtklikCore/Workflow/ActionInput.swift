import Foundation

/// The body of a workflow action; each action reads the fields it needs (see `Transition.requires`).
public struct ActionInput: Codable, Sendable, Equatable {
    public var bodyId: String?
    public var text: String?
    public var until: Date?
    public var reason: String?
    public var ground: RejectionGround?
    public var intoId: String?
    /// The earlier item this one repeats (`markRepeat`).
    public var repeatOf: String?
    public var satisfied: Bool?
    public var grade: AnswerGrade?
    public var comment: String?
    public var topicId: String?
    public var blockId: String?
    public var municipalityId: String?
    public var summary: String?
    public var address: String?
    public var point: GeoPoint?
    /// The other item an action links this one to: the one a merge goes into, the one a repeat repeats.
    public func linkedId(for action: WorkflowAction) -> String? {
        switch action {
        case .merge: intoId
        case .markRepeat: repeatOf
        default: nil
        }
    }

    /// Optimistic concurrency: when given, the action applies only to this version of the appeal.
    public var expectedVersion: Int?

    public init(
        bodyId: String? = nil, text: String? = nil, until: Date? = nil, reason: String? = nil,
        ground: RejectionGround? = nil, intoId: String? = nil, repeatOf: String? = nil, satisfied: Bool? = nil, grade: AnswerGrade? = nil, comment: String? = nil,
        topicId: String? = nil, blockId: String? = nil, municipalityId: String? = nil, summary: String? = nil,
        address: String? = nil, point: GeoPoint? = nil, expectedVersion: Int? = nil
    ) {
        self.bodyId = bodyId
        self.text = text
        self.until = until
        self.reason = reason
        self.ground = ground
        self.intoId = intoId
        self.repeatOf = repeatOf
        self.satisfied = satisfied
        self.grade = grade
        self.comment = comment
        self.topicId = topicId
        self.blockId = blockId
        self.municipalityId = municipalityId
        self.summary = summary
        self.address = address
        self.point = point
        self.expectedVersion = expectedVersion
    }
}
