import Foundation
import OtklikCore
import OtklikStore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The outbound side of the Telegram bot (Bot API `sendMessage`, `answerCallbackQuery`): the answer with
/// «помог / не помог» buttons under it, notices, the acknowledgement of a pressed button (an outbox row
/// addressed `callback:<id>`). Errors map to the outbox: 429 waits `retry_after`; 400 and 403 (no such chat,
/// the bot blocked) are permanent; anything else is tried again.
struct TelegramBot: OutboundAdapter {
    let settings: TelegramSettings
    let session: URLSession
    static let callbackPrefix = "callback:"
    /// Asked under an answer, with the two buttons (M7).
    /// Bot API: a message's text is at most 4096 characters; a longer answer goes in parts.
    static let maxText = 4096

    init(settings: TelegramSettings) {
        self.settings = settings
        session = ChannelHTTP.session()
    }

    func deliver(_ item: OutboxItem) async throws(DeliveryFailure) -> String? {
        if item.recipient.hasPrefix(Self.callbackPrefix) {
            let id = String(item.recipient.dropFirst(Self.callbackPrefix.count))
            _ = try await call("answerCallbackQuery", ["callback_query_id": id, "text": item.message.text])
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
            let result = try await call("sendMessage", body)
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

    private func call(_ method: String, _ body: [String: Any]) async throws(DeliveryFailure) -> Any? {
        guard let url = URL(string: "\(settings.apiURL)/bot\(settings.token)/\(method)") else {
            throw DeliveryFailure(message: "Неверный адрес Bot API: \(settings.apiURL)", permanent: true)
        }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let data: Data
        let response: URLResponse
        do {
            request.httpBody = try JSONSerialization.data(withJSONObject: body)
            (data, response) = try await session.data(for: request)
        } catch {
            throw DeliveryFailure(message: "Bot API недоступен: \(error.localizedDescription)")
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        let reply = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        if status == 200, reply?["ok"] as? Bool == true { return reply?["result"] }
        let description = reply?["description"] as? String ?? "HTTP \(status)"
        let retryAfter = ((reply?["parameters"] as? [String: Any])?["retry_after"] as? Int).map(TimeInterval.init)
        throw DeliveryFailure(message: "Bot API \(method): \(description)", permanent: status == 400 || status == 403, retryAfter: retryAfter)
    }
}
