/// The first place where the event chain does not hold.
public struct ChainBreak: Sendable, Equatable, Error {
    public var seq: Int64
    public var reason: String

    public init(seq: Int64, reason: String) {
        self.seq = seq
        self.reason = reason
    }
}
