import Foundation
import OtklikCore
import OtklikStore

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The community's outbound side through the VK API: `messages.send` into a conversation (`peer:<id>`; an answer
/// with the rating buttons, `VKKeyboard`), with a
/// `random_id` made from the outbox row so VK itself drops a second send of the same message; and
/// `wall.createComment` under a post (`wall:<owner>_<post>`) or in reply to a comment
/// (`comment:<owner>_<post>_<comment>`), as the community. VK answers errors with HTTP 200 and an `error`
/// object: «too many requests per second» (6) is tried again in a second, flood control and internal errors
/// with the usual backoff, the rest are permanent.
struct VKAPI: OutboundAdapter {
    let settings: VKSettings
    let session: URLSession
    static let transientErrors: Set<Int> = [1, 6, 9, 10]
    static let tooManyPerSecond = 6

    init(settings: VKSettings) {
        self.settings = settings
        session = ChannelHTTP.session()
    }

    func deliver(_ item: OutboxItem) async throws(DeliveryFailure) -> String? {
        let parts = item.recipient.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw DeliveryFailure(message: "Неизвестный адрес ВКонтакте «\(item.recipient)»", permanent: true) }
        switch parts[0] {
        case "peer":
            var fields = ["peer_id": parts[1], "message": item.message.text, "random_id": String(Self.randomId(item.id))]
            if item.message.asksRating, let appealId = item.appealId {
                fields["message"] = item.message.text + "\n\n" + RatingButton.question
                fields["keyboard"] = VKKeyboard.rating(appealId: appealId)
            }
            return try await call("messages.send", fields)
        case "wall", "comment":
            let ids = parts[1].split(separator: "_").map(String.init)
            guard ids.count == (parts[0] == "wall" ? 2 : 3) else {
                throw DeliveryFailure(message: "Неизвестный адрес ВКонтакте «\(item.recipient)»", permanent: true)
            }
            var fields = ["owner_id": ids[0], "post_id": ids[1], "message": item.message.text, "from_group": String(settings.groupId)]
            if ids.count == 3 { fields["reply_to_comment"] = ids[2] }
            return try await call("wall.createComment", fields)
        default:
            throw DeliveryFailure(message: "Неизвестный адрес ВКонтакте «\(item.recipient)»", permanent: true)
        }
    }

    /// The outbox row's id as VK's `random_id` (a 32-bit number): the same row gives the same id on every attempt.
    static func randomId(_ id: String) -> Int32 {
        Int32(truncatingIfNeeded: UInt32(id.filter(\.isHexDigit).prefix(8), radix: 16) ?? 0)
    }

    private func call(_ method: String, _ fields: [String: String]) async throws(DeliveryFailure) -> String? {
        guard let url = URL(string: "\(settings.apiURL)/\(method)") else {
            throw DeliveryFailure(message: "Неверный адрес VK API: \(settings.apiURL)", permanent: true)
        }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        let all = fields.merging(["access_token": settings.token, "v": VKSettings.version]) { first, _ in first }
        request.httpBody = Data(Self.form(all).utf8)
        let data: Data
        do {
            (data, _) = try await session.data(for: request)
        } catch {
            throw DeliveryFailure(message: "VK API недоступен: \(error.localizedDescription)")
        }
        let reply = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        if let error = reply?["error"] as? [String: Any] {
            let code = error["error_code"] as? Int ?? 0
            throw DeliveryFailure(
                message: "VK API \(method): \(code) \(error["error_msg"] as? String ?? "")", permanent: !Self.transientErrors.contains(code),
                retryAfter: code == Self.tooManyPerSecond ? 1 : nil
            )
        }
        guard let response = reply?["response"] else { throw DeliveryFailure(message: "VK API \(method): ответ без response") }
        if let id = response as? Int { return String(id) }
        return ((response as? [String: Any])?["comment_id"] as? Int).map(String.init)
    }

    /// Form fields percent-encoded as `application/x-www-form-urlencoded` wants them, in a stable order.
    static func form(_ fields: [String: String]) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return fields.sorted { $0.key < $1.key }.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }.joined(separator: "&")
    }
}
