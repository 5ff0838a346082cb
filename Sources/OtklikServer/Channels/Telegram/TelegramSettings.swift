/// The bot's settings (`ServerConfiguration.telegram()`): its token, the webhook's secret token (Telegram
/// sends it in `X-Telegram-Bot-Api-Secret-Token`), the login items are taken in as, and the Bot API's address.
public struct TelegramSettings: Sendable, Equatable {
    public var token: String
    public var secret: String
    public var login: String
    public var apiURL: String
}
