import Foundation
import OtklikCore
import OtklikStore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The Odnoklassniki group's outbound side: `POST /graph/me/messages/<chat>` with the message object
/// (apiok/documentation, `graph.user.messages`). A refusal the API explains (`error_code`) or an HTTP error is
/// tried again with the backoff — the documentation names no error codes to tell permanent ones apart — and
/// is dead after the last attempt, where the administrator sees it.
struct OKBot: OutboundAdapter {
    let settings: OKSettings
    let session: URLSession

    init(settings: OKSettings) {
        self.settings = settings
        session = ChannelHTTP.session()
    }

    func deliver(_ item: OutboxItem) async throws(DeliveryFailure) -> String? {
        var components = URLComponents(string: "\(settings.apiURL)/graph/me/messages/\(item.recipient)")
        components?.queryItems = [URLQueryItem(name: "access_token", value: settings.token)]
        guard item.recipient.hasPrefix("chat:"), let url = components?.url else {
            throw DeliveryFailure(message: "Неизвестный адрес Одноклассников «\(item.recipient)»", permanent: true)
        }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("application/json;charset=utf-8", forHTTPHeaderField: "Content-Type")
        let data: Data
        let response: URLResponse
        do {
            request.httpBody = try JSONSerialization.data(withJSONObject: ["recipient": ["chat_id": item.recipient], "message": ["text": item.message.text]])
            (data, response) = try await session.data(for: request)
        } catch {
            throw DeliveryFailure(message: "API Одноклассников недоступен: \(error.localizedDescription)")
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        let reply = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        if let code = reply?["error_code"] {
            throw DeliveryFailure(message: "API Одноклассников: \(code) \(reply?["error_msg"] as? String ?? "")")
        }
        guard (200..<300).contains(status) else { throw DeliveryFailure(message: "API Одноклассников: HTTP \(status)") }
        return reply?["message_id"] as? String
    }
}
