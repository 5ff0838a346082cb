import Foundation
import OtklikCore

/// Filters of the appeal list; nil means any.
public struct AppealFilter: Sendable, Equatable {
    /// Only these items (Open311's `service_request_id` list).
    public var ids: [String]?
    public var statuses: [AppealStatus]?
    public var kind: AppealKind?
    public var channel: Channel?
    public var topicIds: [String]?
    public var blockId: String?
    public var municipalityId: String?
    public var bodyId: String?
    public var from: Date?
    public var to: Date?
    public var text: String?
    public var overdue: Bool?
    /// Only items whose term ends within this time from now, not passed yet: «скоро срок».
    public var dueWithin: TimeInterval?
    public var sort: AppealSort = .newest

    public init(
        ids: [String]? = nil, statuses: [AppealStatus]? = nil, kind: AppealKind? = nil, channel: Channel? = nil, topicIds: [String]? = nil,
        blockId: String? = nil, municipalityId: String? = nil, bodyId: String? = nil, from: Date? = nil, to: Date? = nil,
        text: String? = nil, overdue: Bool? = nil, dueWithin: TimeInterval? = nil, sort: AppealSort = .newest
    ) {
        self.sort = sort
        self.ids = ids
        self.statuses = statuses
        self.kind = kind
        self.channel = channel
        self.topicIds = topicIds
        self.blockId = blockId
        self.municipalityId = municipalityId
        self.bodyId = bodyId
        self.from = from
        self.to = to
        self.text = text
        self.overdue = overdue
        self.dueWithin = dueWithin
    }
}
