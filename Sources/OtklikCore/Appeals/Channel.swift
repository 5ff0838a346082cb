/// The channel an item came through (M1). The answer goes back through the same channel.
public enum Channel: String, Codable, Sendable, CaseIterable {
    case pos
    case regionalSystem = "regional_system"
    case vk
    case ok
    case telegram
    case email
    case webForm = "web_form"
    case letter
    case phone
    case visit
    case open311
    case api

    public var title: String {
        switch self {
        case .pos: "Платформа обратной связи (ПОС)"
        case .regionalSystem: "Региональная система"
        case .vk: "ВКонтакте"
        case .ok: "Одноклассники"
        case .telegram: "Telegram"
        case .email: "Электронная почта"
        case .webForm: "Форма на сайте"
        case .letter: "Письмо"
        case .phone: "Телефонограмма"
        case .visit: "Личный приём"
        case .open311: "Open311"
        case .api: "API"
        }
    }

    /// The channel as a list's badge names it, where the full title does not fit.
    public var shortTitle: String {
        switch self {
        case .pos: "ПОС"
        case .regionalSystem: "Рег. система"
        case .email: "Эл. почта"
        case .webForm: "Сайт"
        case .phone: "Телефон"
        case .visit: "Приём"
        default: title
        }
    }
}
