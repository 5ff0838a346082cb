import Foundation
import Hummingbird

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
import OtklikCore
import OtklikStore

/// The community's Callback API server: `POST /channels/vk/callback`. `confirmation` is answered with the
/// configured string; every other event must carry the configured `secret` and the community's id, is read
/// by `VKIntake` and answered `ok` (VK sends it again otherwise). An item is taken in with the request kept
/// byte for byte; its number and later the answer go back through the outbox (`VKAPI`), the answer with the
/// rating buttons, whose press is recorded like the public page's rating (`ChannelRating`).
struct VKCallbackServer {
    let store: AppealStore
    let settings: VKSettings?
    /// Fetches the photos and documents of an event by the URLs VK gives in it (the event passed the secret).
    let session = ChannelHTTP.session()
    static let path: RouterPath = "/channels/vk/callback"

    func register(on router: Router<OtklikRequestContext>) {
        router.post(Self.path) { request, context in try await receive(request, context) }
    }

    func receive(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        guard let settings else { throw Problem.notFound("Сообщество ВКонтакте не настроено (OTKLIK_VK_GROUP_ID и другие)") }
        let body = try await ChannelWebhook.body(request)
        let callback: VKCallback
        do {
            callback = try JSONDecoder().decode(VKCallback.self, from: body)
        } catch {
            throw Problem.malformed("Тело запроса не является событием Callback API ВКонтакте: \(error)")
        }
        guard callback.groupId == settings.groupId else {
            throw Problem.forbidden("Событие другого сообщества (group_id \(callback.groupId))")
        }
        guard ChannelWebhook.same(callback.secret ?? "", settings.secret) else {
            throw Problem(.unauthorized, type: "bad-secret", title: "Неверный секрет", detail: "Поле secret не совпадает с настроенным")
        }
        switch VKIntake.read(callback) {
        case .confirmation:
            return Self.text(settings.confirmation)
        case .item(let draft, let files):
            let webhook = ChannelWebhook(store: store)
            let result = try await webhook.takeIn(draft, body: body, request: request, as: try await webhook.user(settings.login, setting: "OTKLIK_VK_LOGIN"))
            try await webhook.attach(files, to: result.appeal.id, from: "ВКонтакте", logger: context.logger) { [session] reference throws(DeliveryFailure) in
                guard let url = URL(string: reference), url.scheme == "https" || url.scheme == "http" else {
                    throw DeliveryFailure(message: "неверный адрес файла: \(reference)", permanent: true)
                }
                return try await ChannelHTTP.download(url, with: session)
            }
        case .rating(let appealId, let satisfied, let peer):
            let webhook = ChannelWebhook(store: store)
            let user = try await webhook.user(settings.login, setting: "OTKLIK_VK_LOGIN")
            let text = try await ChannelRating(store: store).rate(appealId, satisfied: satisfied, channel: .vk, address: peer, by: user)
            try await store.send(OutboundMessage(kind: .reply, text: text), channel: .vk, recipient: peer)
        case .ignored(let reason):
            context.logger.debug("vk event ignored", metadata: ["event": "\(callback.eventId ?? "")", "reason": "\(reason)"])
        }
        return Self.text("ok")
    }

    static func text(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
