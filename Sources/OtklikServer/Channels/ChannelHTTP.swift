import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The HTTP client of the channels' adapters: Foundation's `URLSession`, nothing cached, half a minute for an answer.
enum ChannelHTTP {
    static func session() -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 30
        return URLSession(configuration: configuration)
    }

    /// A file a channel serves at `url` (a Telegram file path, a VK photo or document): a refusal of the
    /// request (4xx but 408 and 429) is permanent, the rest may pass.
    static func download(_ url: URL, with session: URLSession) async throws(DeliveryFailure) -> Data {
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(from: url)
        } catch {
            throw DeliveryFailure(message: "файл недоступен: \(error.localizedDescription)")
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard status == 200 else {
            throw DeliveryFailure(message: "файл не получен (HTTP \(status))", permanent: (400..<500).contains(status) && status != 408 && status != 429)
        }
        return data
    }
}
