import Foundation
import HTTPTypes
import Hummingbird
import OtklikCore
import OtklikStore

/// The bot's inbound side: `POST /channels/telegram/webhook` (Bot API `setWebhook` with `secret_token`).
/// A request without the right `X-Telegram-Bot-Api-Secret-Token` is refused and writes nothing; an update
/// is read by `TelegramIntake` — an item is taken in with the update kept byte for byte (its number goes
/// back through the outbox), `/start` is greeted, a rating button records the citizen's rating once per answer.
/// Repeated updates change nothing: items are keyed by `chat:message`, a rating is taken once. A message's
/// photo or document is fetched through the Bot API and kept with the item.
struct TelegramWebhook {
    let store: AppealStore
    let settings: TelegramSettings?
    let api: TelegramAPI?
    static let path: RouterPath = "/channels/telegram/webhook"
    static let greeting =
        "Здравствуйте! Это бот центра управления регионом. Опишите проблему одним сообщением — можно приложить геометку. Мы пришлём номер обращения и ответ сюда."

    init(store: AppealStore, settings: TelegramSettings?) {
        self.store = store
        self.settings = settings
        api = settings.map(TelegramAPI.init)
    }

    func register(on router: Router<OtklikRequestContext>) {
        router.post(Self.path) { request, context in try await receive(request, context) }
    }

    func receive(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        guard let settings else { throw Problem.notFound("Telegram-бот не настроен (OTKLIK_TELEGRAM_TOKEN, OTKLIK_TELEGRAM_SECRET)") }
        let sent = request.headers[HTTPField.Name("X-Telegram-Bot-Api-Secret-Token")!] ?? ""
        guard ChannelWebhook.same(sent, settings.secret) else {
            throw Problem(.unauthorized, type: "bad-secret", title: "Неверный секрет", detail: "Заголовок X-Telegram-Bot-Api-Secret-Token не совпадает")
        }
        let body = try await ChannelWebhook.body(request)
        let update: TelegramUpdate
        do {
            update = try JSONDecoder().decode(TelegramUpdate.self, from: body)
        } catch {
            throw Problem.malformed("Тело запроса не является обновлением Telegram (Update): \(error)")
        }
        let webhook = ChannelWebhook(store: store)
        let user = try await webhook.user(settings.login, setting: "OTKLIK_TELEGRAM_LOGIN")
        switch TelegramIntake.read(update) {
        case .item(let draft, let files):
            let result = try await webhook.takeIn(draft, body: body, request: request, as: user)
            if let api {
                try await webhook.attach(files, to: result.appeal.id, from: "Telegram", logger: context.logger) { reference throws(DeliveryFailure) in
                    try await api.file(reference)
                }
            }
        case .start(let chat):
            try await store.send(OutboundMessage(kind: .reply, text: Self.greeting), channel: .telegram, recipient: chat)
        case .rating(let appealId, let satisfied, let chat, let callbackId):
            let text = try await ChannelRating(store: store).rate(appealId, satisfied: satisfied, channel: .telegram, address: chat, by: user)
            try await store.send(OutboundMessage(kind: .reply, text: text), channel: .telegram, recipient: TelegramBot.callbackPrefix + callbackId)
        case .ignored(let reason):
            context.logger.debug("telegram update ignored", metadata: ["update": "\(update.updateId)", "reason": "\(reason)"])
        }
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: "{\"ok\":true}")))
    }
}
