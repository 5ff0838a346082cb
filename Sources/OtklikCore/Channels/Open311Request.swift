import Foundation

/// An item as Open311 GeoReport v2 shows a service request. `open` until the item is answered or finished;
/// the notes are the status in Russian and the notice its number, so a citizen can quote it. Only what the
/// citizen's own client sent and what the centre did is shown: no author field ever leaves.
public struct Open311Request: Sendable, Equatable {
    public var id: String
    public var status: String
    public var statusNotes: String
    public var serviceName: String?
    public var serviceCode: String
    public var description: String
    public var agencyResponsible: String?
    public var serviceNotice: String
    public var requestedAt: Date
    public var updatedAt: Date
    public var expectedAt: Date?
    public var address: String?
    public var point: GeoPoint?

    public init(_ appeal: Appeal, topicName: String?, bodyName: String?) {
        id = appeal.id
        status = Self.isClosed(appeal.status) ? "closed" : "open"
        statusNotes = appeal.status.title
        serviceName = topicName
        serviceCode = appeal.topicId ?? ""
        description = String(appeal.text.prefix(Open311Submission.maxDescription))
        agencyResponsible = bodyName
        serviceNotice = "Номер обращения: \(appeal.number)"
        requestedAt = appeal.receivedAt
        updatedAt = appeal.updatedAt
        expectedAt = appeal.status.termRuns ? appeal.effectiveDueAt : nil
        address = appeal.address
        point = appeal.point
    }

    /// Open311 has two states: closed once the item has its answer or is finished.
    public static func isClosed(_ status: AppealStatus) -> Bool { status == .answered || status.isFinal }

    /// The statuses of an Open311 `status` value.
    public static func statuses(_ open311Status: String) -> [AppealStatus]? {
        switch open311Status {
        case "open": AppealStatus.allCases.filter { !isClosed($0) }
        case "closed": AppealStatus.allCases.filter(isClosed)
        default: nil
        }
    }
}
