/// What a message through a channel is: to a citizen (issue 8; 59-ФЗ ст. 8 ч. 3, ст. 10 ч. 4, ст. 12 ч. 2), or a term
/// alert to an official by e-mail (issue 4).
public enum OutboundKind: String, Codable, Sendable, CaseIterable {
    /// The item is taken in: its number.
    case receipt
    /// The approved answer, with the question whether it helped.
    case answer
    /// A change the citizen is told of: sent to another body, the term extended, refused by law.
    case notice
    /// A reply of the channel's own: a greeting, the acknowledgement of a rating.
    case reply
    /// A resident's one-time login code (issue 9).
    case code
    /// A term alert to an official: a reminder or an escalation (issue 4).
    case alert
    /// The weekly analytic note to the head of the region or a municipality (issue 7).
    case weeklyNote = "weekly_note"

    /// The subject of a letter of this kind.
    public var subject: String {
        switch self {
        case .receipt: "Ваше сообщение принято"
        case .answer: "Ответ на ваше сообщение"
        case .notice: "Уведомление о вашем сообщении"
        case .reply: "Сообщение центра управления регионом"
        case .code: "Код для входа"
        case .alert: "Срок по обращению"
        case .weeklyNote: "Еженедельная аналитическая записка"
        }
    }

    public var title: String {
        switch self {
        case .receipt: "Номер обращения"
        case .answer: "Ответ"
        case .notice: "Уведомление"
        case .reply: "Служебный ответ"
        case .code: "Код для входа"
        case .alert: "Уведомление о сроке"
        case .weeklyNote: "Аналитическая записка"
        }
    }
}
