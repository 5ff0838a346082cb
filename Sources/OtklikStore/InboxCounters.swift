import OtklikCore

/// The counts over the inbox: appeals per status and those overdue now, within one user's scope.
public struct InboxCounters: Sendable, Equatable {
    public var byStatus: [AppealStatus: Int] = [:]
    public var overdue = 0

    public init() {}

    public subscript(_ status: AppealStatus) -> Int { byStatus[status] ?? 0 }
}
