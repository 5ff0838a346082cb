import Foundation
import OtklikCore
import OtklikStore

/// An outbox message as the administrator's API shows it: its state in Russian beside the code, how many
/// attempts it took and why the last one failed.
struct OutboxResource: Encodable {
    var id: String
    @EncodedNull var appealId: String?
    var channel: String
    var channelTitle: String
    var recipient: String
    var kind: String
    var kindTitle: String
    var text: String
    var state: String
    var stateTitle: String
    var createdAt: Date
    var attempts: Int
    @EncodedNull var nextAttemptAt: Date?
    @EncodedNull var lastError: String?
    @EncodedNull var deliveredAt: Date?
    @EncodedNull var deadAt: Date?

    init(_ item: OutboxItem) {
        id = item.id
        appealId = item.appealId
        channel = item.channel.rawValue
        channelTitle = item.channel.title
        recipient = item.recipient
        kind = item.message.kind.rawValue
        kindTitle = item.message.kind.title
        text = item.message.shownText
        state = item.state.rawValue
        stateTitle = Self.title(item.state)
        createdAt = item.createdAt
        attempts = item.attempts
        nextAttemptAt = item.state == .waiting ? item.nextAttemptAt : nil
        lastError = item.lastError
        deliveredAt = item.deliveredAt
        deadAt = item.deadAt
    }

    static func title(_ state: OutboxItem.State) -> String {
        switch state {
        case .waiting: "Ожидает отправки"
        case .delivered: "Доставлено"
        case .dead: "Не доставлено"
        }
    }
}
