import Foundation

/// What the citizen is told through their channel, and when (issue 8; M1 «the answer goes back through the
/// channel it came from»): the number once the item is taken in; the answer once the centre approves it,
/// with the question whether it helped (M7); a referral to another body (59-ФЗ ст. 8 ч. 3: «с одновременным
/// уведомлением гражданина»); an extension of the term (ст. 12 ч. 2: «уведомив о продлении»); a refusal with
/// its ground (ст. 11). Only items of channels that carry answers back get these (`concerns`).
public enum OutboundNotices {
    /// Channels whose answer goes back the way the item came (the others answer by letter, through ПОС, or
    /// are asked by their client, as Open311).
    static let answeringChannels: Set<Channel> = [.telegram, .vk, .ok, .email, .webForm]
    /// Channels whose publications are a person's posts and comments on a community's wall, answered under
    /// them in public (VK); elsewhere a publication is a monitored official feed, told nothing.
    static let publicReplyChannels: Set<Channel> = [.vk]

    /// Whether the item's author is told through its channel: an item of an answering channel, and for a
    /// publication only where the reply goes under it.
    public static func concerns(_ appeal: Appeal) -> Bool {
        guard answeringChannels.contains(appeal.channel), appeal.kind != .publication || publicReplyChannels.contains(appeal.channel) else {
            return false
        }
        // A web form's author is told by e-mail, when they gave one; without it, the link alone serves.
        return appeal.channel != .webForm || ReplyAddress.of(appeal) != nil
    }

    /// The channel the messages go through: the item's own, but a web form's go by e-mail.
    public static func deliveryChannel(of appeal: Appeal) -> Channel {
        appeal.channel == .webForm ? .email : appeal.channel
    }

    /// `link`: the page to follow the item and rate the answer, where the public side gave one.
    public static func receipt(_ appeal: Appeal, link: String? = nil) -> OutboundMessage {
        let follow = link.map { "\nСледить за рассмотрением и оценить ответ: \($0)" } ?? ""
        return OutboundMessage(kind: .receipt, text: "Ваше сообщение принято. Номер: \(appeal.number). Мы сообщим здесь, когда будет ответ.\(follow)")
    }

    /// Whether the answer asks «помог ли ответ?» by a link (M7: the author is asked through the channel the item
    /// came by): where the channel has no rating buttons — e-mail, Odnoklassniki, a comment under a VK post.
    /// Telegram and a VK conversation ask with buttons (`RatingButton`).
    public static func asksByLink(_ appeal: Appeal) -> Bool {
        switch deliveryChannel(of: appeal) {
        case .email, .ok: true
        case .vk: ReplyAddress.of(appeal).map { !$0.hasPrefix("peer:") } ?? false
        default: false
        }
    }

    /// The answer's question «помог ли ответ?» for a channel without buttons (`asksByLink`): a link to the page
    /// where the author rates it.
    public static func askingByLink(_ message: OutboundMessage, link: String) -> OutboundMessage {
        var message = message
        message.text += "\n\n\(RatingButton.question) Оцените его по ссылке: \(link)"
        return message
    }

    /// The messages an action's change calls for; `bodyName` names a body by its id.
    public static func after(
        _ action: WorkflowAction, before: Appeal, after: Appeal, timeZone: TimeZone, bodyName: (String) -> String?
    ) -> [OutboundMessage] {
        let number = after.number
        switch action {
        case .approve:
            guard let answer = after.answers.last else { return [] }
            return [OutboundMessage(kind: .answer, text: "Ответ по обращению \(number):\n\n\(answer.text)", asksRating: true)]
        case .redirect:
            let body = after.bodyId.flatMap(bodyName).map { "в «\($0)»" } ?? "в другой орган"
            return [OutboundMessage(kind: .notice, text: "Обращение \(number) направлено \(body) по компетенции.")]
        case .postpone where before.extendedAnswerDueAt == nil:
            guard let until = after.extendedAnswerDueAt else { return [] }
            let reason = after.statusReason.map { " Причина: \($0)." } ?? ""
            return [
                OutboundMessage(
                    kind: .notice, text: "Срок рассмотрения обращения \(number) продлён до \(LocalDate(until, in: timeZone).russian).\(reason)"
                )
            ]
        case .reject:
            let reason = after.statusReason.map { " \($0)" } ?? ""
            return [OutboundMessage(kind: .notice, text: "По обращению \(number) отказано по закону.\(reason)")]
        default:
            return []
        }
    }
}
