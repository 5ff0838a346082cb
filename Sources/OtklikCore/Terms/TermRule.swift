/// The terms of one kind of item, with the act they come from. A rule is data: a region edits the
/// unconfirmed ones (`confirmed == false`) to its own regulation.
public struct TermRule: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var kinds: Set<AppealKind>
    /// Channels the rule is limited to; nil for any channel.
    public var channels: Set<Channel>?
    /// Registration, counted from receipt.
    public var registration: TermSpan?
    /// Sending to the competent body, counted from registration.
    public var redirect: TermSpan?
    public var answer: TermSpan
    public var answerClock: TermClock
    /// How far the answer term may be extended, once; nil where postponing does not move the term.
    public var maxExtension: TermSpan?
    public var source: String
    /// False where the term was not found in a primary text (rules.md tag [U]).
    public var confirmed: Bool

    public func applies(to appeal: Appeal) -> Bool {
        kinds.contains(appeal.kind) && (channels?.contains(appeal.channel) ?? true)
    }
}
