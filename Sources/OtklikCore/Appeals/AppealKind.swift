/// What an incoming item is in law: an обращение under 59-ФЗ, a сообщение (ПОС, regional systems),
/// or a публикация found in a social network.
public enum AppealKind: String, Codable, Sendable, CaseIterable {
    case appeal
    case message
    case publication

    public var title: String {
        switch self {
        case .appeal: "Обращение"
        case .message: "Сообщение"
        case .publication: "Публикация"
        }
    }
}
