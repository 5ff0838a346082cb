import Foundation
import OtklikCore

/// A message about to be put in the outbox, with where it goes.
struct OutboxEntry {
    var message: OutboundMessage
    var channel: Channel
    var recipient: String
    var appealId: String?
    var at: Date

    /// A message to an item's author, addressed as its channel answers (`ReplyAddress`); an item without an
    /// address still gets its row, which fails visibly rather than vanish.
    init(_ message: OutboundMessage, to appeal: Appeal, at now: Date) {
        self.init(message, channel: OutboundNotices.deliveryChannel(of: appeal), recipient: ReplyAddress.of(appeal) ?? "", appealId: appeal.id, at: now)
    }

    init(_ message: OutboundMessage, channel: Channel, recipient: String, appealId: String? = nil, at now: Date) {
        self.message = message
        self.channel = channel
        self.recipient = recipient
        self.appealId = appealId
        self.at = now
    }
}
