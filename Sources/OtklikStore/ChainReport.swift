import OtklikCore

/// The result of walking the event chain.
public struct ChainReport: Sendable, Equatable {
    public var eventsChecked: Int64
    public var firstBreak: ChainBreak?
}
