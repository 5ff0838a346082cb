import OtklikCore

/// The outcome of taking in one item: the appeal, and whether it is new or was already there
/// under the same (channel, external id).
public struct IntakeResult: Sendable, Equatable {
    public var appeal: Appeal
    public var created: Bool
}
