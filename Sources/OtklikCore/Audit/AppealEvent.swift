import Foundation

/// One entry of the append-only, hash-chained event log (M19): who did what to which appeal, when,
/// and what changed (before → after in `payload`).
public struct AppealEvent: Codable, Sendable, Equatable {
    /// Position in the one region-wide chain, from 1.
    public var seq: Int64
    public var appealId: String
    public var at: Date
    public var actorId: String
    /// `created` or a workflow action's raw value.
    public var type: String
    /// Canonical JSON: `{"after":{…},"before":{…},"input":{…}}`, stored and hashed as this exact text.
    public var payload: String
    public var prevHash: String
    public var hash: String

    public init(seq: Int64, appealId: String, at: Date, actorId: String, type: String, payload: String, prevHash: String) {
        self.seq = seq
        self.appealId = appealId
        self.at = at
        self.actorId = actorId
        self.type = type
        self.payload = payload
        self.prevHash = prevHash
        hash = EventChain.hash(seq: seq, appealId: appealId, at: at, actorId: actorId, type: type, payload: payload, prevHash: prevHash)
    }
}
