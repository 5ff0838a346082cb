import Foundation

/// Why a message could not be delivered: for the outbox's record, in Russian. A permanent failure (no such
/// chat, the bot blocked) is not tried again; `retryAfter` is the channel's own «come back in».
struct DeliveryFailure: Error, Sendable {
    var message: String
    var permanent = false
    var retryAfter: TimeInterval?
}
