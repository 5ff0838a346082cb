/// A field of an item that a history file's column can fill (issue 8, bulk import), with the column names a
/// region's export usually gives it, compared without case, ё and surrounding spaces.
public enum ImportField: String, CaseIterable, Sendable {
    case externalId, receivedAt, kind, channel, text, summary, authorName, authorEmail, authorPhone, address, lat, lon, municipality, topic

    public var title: String {
        switch self {
        case .externalId: "Номер в источнике"
        case .receivedAt: "Дата поступления"
        case .kind: "Вид"
        case .channel: "Канал"
        case .text: "Текст"
        case .summary: "Суть"
        case .authorName: "Автор"
        case .authorEmail: "Электронная почта"
        case .authorPhone: "Телефон"
        case .address: "Адрес"
        case .lat: "Широта"
        case .lon: "Долгота"
        case .municipality: "Муниципальное образование"
        case .topic: "Тематика"
        }
    }

    /// Column names taken as this field when no mapping is given.
    public var names: [String] {
        switch self {
        case .externalId: ["externalId", "external_id", "id", "номер", "номер в источнике", "внешний номер", "рег. номер", "регистрационный номер"]
        case .receivedAt: ["receivedAt", "received_at", "created_at", "дата", "дата поступления", "дата обращения", "дата и время", "создано"]
        case .kind: ["kind", "вид", "тип"]
        case .channel: ["channel", "канал", "источник"]
        case .text: ["text", "текст", "текст обращения", "содержание", "описание", "сообщение"]
        case .summary: ["summary", "суть", "краткое содержание", "суть обращения"]
        case .authorName: ["author", "authorName", "автор", "заявитель", "фио", "фио заявителя"]
        case .authorEmail: ["email", "e-mail", "электронная почта", "почта"]
        case .authorPhone: ["phone", "телефон"]
        case .address: ["address", "адрес"]
        case .lat: ["lat", "latitude", "широта"]
        case .lon: ["lon", "long", "longitude", "долгота"]
        case .municipality: ["municipality", "municipalityId", "октмо", "муниципалитет", "муниципальное образование", "мо", "район"]
        case .topic: ["topic", "topicId", "тематика", "тема", "рубрика", "подтема"]
        }
    }

    /// A column name as compared: lower case, ё as е, spaces trimmed.
    static func key(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().replacingOccurrences(of: "ё", with: "е")
    }
}
