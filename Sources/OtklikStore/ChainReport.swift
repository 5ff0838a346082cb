import OtklikCore

/// The result of walking the event chain.
public struct ChainReport: Sendable, Equatable {
    public var eventsChecked: Int64
    public var firstBreak: ChainBreak?
    /// The hash of the last event, as the walk checked it; nil when the log is empty or broken.
    public var lastHash: String?
}
