/// Where a channel's answer goes: the Telegram chat the item came from (its external id is `chat:message`);
/// in VK the conversation (`peer:<id>` of `msg:<peer>:<n>`), or the post or comment to reply under (the
/// external id itself, `wall:…` or `comment:…`); the Odnoklassniki chat (`chat:…` of `<chat>/<mid>`); the
/// author's e-mail (an e-mail item's, or a web form's whose author gave one). Nil when the item carries no address for its channel; its messages then fail visibly
/// in the outbox instead of vanishing.
public enum ReplyAddress {
    public static func of(_ appeal: Appeal) -> String? {
        switch appeal.channel {
        case .telegram: appeal.externalId?.split(separator: ":").first.map(String.init)
        case .vk:
            appeal.externalId.map { key in
                key.hasPrefix("msg:") ? "peer:" + (key.split(separator: ":").dropFirst().first.map(String.init) ?? "") : key
            }
        case .ok: appeal.externalId?.split(separator: "/").first.map(String.init)
        case .email, .webForm: appeal.author.email
        default: nil
        }
    }
}
