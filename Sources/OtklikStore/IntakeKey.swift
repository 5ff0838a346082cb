import OtklikCore

/// What makes intake idempotent: the channel and the item's id in that channel.
struct IntakeKey: Hashable, Sendable {
    var channel: String
    var externalId: String

    init(channel: String, externalId: String) {
        self.channel = channel
        self.externalId = externalId
    }

    /// The key of a draft that has an external id; nil for one without.
    init?(_ draft: AppealDraft) {
        guard let externalId = draft.externalId else { return nil }
        self.init(channel: draft.channel.rawValue, externalId: externalId)
    }
}
