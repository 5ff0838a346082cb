import Foundation
import OtklikCore
import OtklikStore

/// The outbound side of the Telegram bot (Bot API `sendMessage`, `answerCallbackQuery`): the answer with
/// «помог / не помог» buttons under it, notices, the acknowledgement of a pressed button (an outbox row
/// addressed `callback:<id>`). Errors map to the outbox as `TelegramAPI` words them.
struct TelegramBot: OutboundAdapter {
    let api: TelegramAPI
    static let callbackPrefix = "callback:"
    /// Asked under an answer, with the two buttons (M7).
    /// Bot API: a message's text is at most 4096 characters; a longer answer goes in parts.
    static let maxText = 4096

    init(settings: TelegramSettings) {
        api = TelegramAPI(settings: settings)
    }

    func deliver(_ item: OutboxItem) async throws(DeliveryFailure) -> String? {
        if item.recipient.hasPrefix(Self.callbackPrefix) {
            let id = String(item.recipient.dropFirst(Self.callbackPrefix.count))
            _ = try await api.call("answerCallbackQuery", ["callback_query_id": id, "text": item.message.text])
            return nil
        }
        let parts = Self.parts(item.message.text + (item.message.asksRating && item.appealId != nil ? "\n\n" + RatingButton.question : ""))
        var lastId: String?
        for (index, part) in parts.enumerated() {
            var body: [String: Any] = ["chat_id": item.recipient, "text": part]
            if index == parts.count - 1, item.message.asksRating, let appealId = item.appealId {
                body["reply_markup"] = [
                    "inline_keyboard": [[
                        ["text": RatingButton.labels.satisfied, "callback_data": RatingButton.data(appealId: appealId, satisfied: true)],
                        ["text": RatingButton.labels.unsatisfied, "callback_data": RatingButton.data(appealId: appealId, satisfied: false)],
                    ]]
                ]
            }
            let result = try await api.call("sendMessage", body)
            lastId = ((result as? [String: Any])?["message_id"] as? Int).map(String.init)
        }
        return lastId
    }

    /// The text in pieces the Bot API takes, split at line ends where it can be.
    static func parts(_ text: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(text)
        while rest.count > maxText {
            let window = rest.prefix(maxText)
            let cut = window.lastIndex(of: "\n").map { rest.index(after: $0) } ?? window.endIndex
            parts.append(String(rest[..<cut]))
            rest = rest[cut...]
        }
        parts.append(String(rest))
        return parts
    }
}
