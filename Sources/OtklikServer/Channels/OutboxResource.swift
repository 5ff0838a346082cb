import Foundation
import OtklikCore
import OtklikStore

/// An outbox message as the administrator's API shows it: its state in Russian beside the code, how many
/// attempts it took and why the last one failed.
struct OutboxResource: Encodable {
    var id: String
    var appealId: String?
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
    var nextAttemptAt: Date?
    var lastError: String?
    var deliveredAt: Date?
    var deadAt: Date?

    init(_ item: OutboxItem) {
        id = item.id
        appealId = item.appealId
        channel = item.channel.rawValue
        channelTitle = item.channel.title
        recipient = item.recipient
        kind = item.message.kind.rawValue
        kindTitle = item.message.kind.title
        text = item.message.text
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

    enum CodingKeys: String, CodingKey {
        case id, appealId, channel, channelTitle, recipient, kind, kindTitle, text, state, stateTitle, createdAt, attempts, nextAttemptAt, lastError
        case deliveredAt, deadAt
    }

    /// Nulls written out, as every resource of the API does.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(appealId, forKey: .appealId)
        try container.encode(channel, forKey: .channel)
        try container.encode(channelTitle, forKey: .channelTitle)
        try container.encode(recipient, forKey: .recipient)
        try container.encode(kind, forKey: .kind)
        try container.encode(kindTitle, forKey: .kindTitle)
        try container.encode(text, forKey: .text)
        try container.encode(state, forKey: .state)
        try container.encode(stateTitle, forKey: .stateTitle)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(attempts, forKey: .attempts)
        try container.encode(nextAttemptAt, forKey: .nextAttemptAt)
        try container.encode(lastError, forKey: .lastError)
        try container.encode(deliveredAt, forKey: .deliveredAt)
        try container.encode(deadAt, forKey: .deadAt)
    }
}
