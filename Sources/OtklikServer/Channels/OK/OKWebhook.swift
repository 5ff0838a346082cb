import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// The Odnoklassniki group's webhook: `POST /channels/ok/webhook/{secret}` (subscribed with
/// `graph.user.subscribe`). OK signs nothing, so the address ends with a configured secret; any other is
/// refused. A new message is taken in (`OKIntake`) with the notification kept byte for byte; every
/// notification is answered 200 at once, as OK asks (within 5 s, or it retries and may drop the subscription).
struct OKWebhook {
    let store: AppealStore
    let settings: OKSettings?

    func register(on router: Router<OtklikRequestContext>) {
        router.post("/channels/ok/webhook/:secret") { request, context in try await receive(request, context) }
    }

    func receive(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        guard let settings else { throw Problem.notFound("Группа в Одноклассниках не настроена (OTKLIK_OK_TOKEN, OTKLIK_OK_SECRET)") }
        let sent = context.parameters.get("secret") ?? ""
        guard ChannelWebhook.same(sent, settings.secret) else {
            throw Problem(.unauthorized, type: "bad-secret", title: "Неверный секрет", detail: "Адрес webhook не совпадает с настроенным")
        }
        let body = try await ChannelWebhook.body(request)
        let notification: OKNotification
        do {
            notification = try JSONDecoder().decode(OKNotification.self, from: body)
        } catch {
            throw Problem.malformed("Тело запроса не является уведомлением Одноклассников: \(error)")
        }
        if let draft = OKIntake.read(notification) {
            let webhook = ChannelWebhook(store: store)
            try await webhook.takeIn(draft, body: body, request: request, as: try await webhook.user(settings.login, setting: "OTKLIK_OK_LOGIN"))
        }
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: "{\"success\":true}")))
    }
}
