/// What an update means for Otklik (`TelegramIntake.read`).
public enum TelegramEvent: Sendable, Equatable {
    /// A citizen's message to the bot, or a post of a monitored channel: an item to take in, with the files
    /// to fetch for it through the Bot API.
    case item(AppealDraft, files: [ChannelFile])
    /// `/start`: the bot greets the chat.
    case start(chat: String)
    /// A press of «помог» / «не помог» under an answer.
    case rating(appealId: String, satisfied: Bool, chat: String, callbackId: String)
    /// Nothing to do (an edit, a group's chatter, a sticker): why, for the log.
    case ignored(String)
}
