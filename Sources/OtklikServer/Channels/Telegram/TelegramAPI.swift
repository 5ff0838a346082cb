import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The Bot API over HTTP (`OTKLIK_TELEGRAM_API`, Foundation's `URLSession`): a method called with a JSON body,
/// and a file fetched by its id. Errors are `DeliveryFailure`s: 429 waits `retry_after`; 400 and 403 (no such
/// chat or file, the bot blocked) are permanent; anything else is tried again.
struct TelegramAPI: Sendable {
    let settings: TelegramSettings
    let session: URLSession

    init(settings: TelegramSettings) {
        self.settings = settings
        session = ChannelHTTP.session()
    }

    /// Calls `method`; returns its `result`.
    func call(_ method: String, _ body: [String: Any]) async throws(DeliveryFailure) -> Any? {
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

    /// A file's bytes: `getFile` gives its path, valid for an hour, and `/file/bot<token>/<file_path>` the bytes
    /// (the Bot API serves files of up to 20 MB).
    func file(_ fileId: String) async throws(DeliveryFailure) -> Data {
        let file = try await call("getFile", ["file_id": fileId]) as? [String: Any]
        guard let path = file?["file_path"] as? String, !path.isEmpty,
            let url = URL(string: "\(settings.apiURL)/file/bot\(settings.token)/\(path)")
        else {
            throw DeliveryFailure(message: "Bot API getFile: в ответе нет пути к файлу", permanent: true)
        }
        return try await ChannelHTTP.download(url, with: session)
    }
}
