/// What a VK callback means for Otklik (`VKIntake.read`).
public enum VKEvent: Sendable, Equatable {
    /// The handshake: answer with the community's confirmation string.
    case confirmation
    /// A citizen's message to the community, a post on its wall, a comment: an item to take in, with the
    /// photos and documents to fetch for it.
    case item(AppealDraft, files: [ChannelFile])
    /// A press of a rating button under an answer in the conversation `peer` (`peer:<id>`).
    case rating(appealId: String, satisfied: Bool, peer: String)
    /// Nothing to do (the community's own post or reply, another event type): why, for the log.
    case ignored(String)
}
