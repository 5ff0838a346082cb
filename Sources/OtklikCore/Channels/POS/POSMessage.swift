import Foundation

/// A message of the feedback platform (ПОС, «Госуслуги. Решаем вместе») in Otklik's own documented format
/// (issue 8: «a clean adapter boundary with a documented JSON import format … not invented ПОС field names»):
/// ПОС's integration interface for regions is not public (design/channels.md §2.5), so the region's connector,
/// which holds that interface, maps each ПОС message onto these fields and posts it. Its `id` is the
/// message's id in ПОС: the item's key, so a message posted again is taken in once.
public struct POSMessage: Codable, Sendable, Equatable {
    public struct Author: Codable, Sendable, Equatable {
        public var name: String?
        public var email: String?
        public var phone: String?
    }

    /// The message's id in ПОС.
    public var id: String
    /// When ПОС received it (ISO 8601 with an offset); now when absent.
    public var receivedAt: Date?
    /// `appeal`: an обращение under 59-ФЗ (ПОС takes both since 480-ФЗ); `message` (the default): a сообщение.
    public var kind: AppealKind?
    public var text: String
    /// ПОС's category as the connector names it: the topic when it is one of the rubricator's topic names.
    public var category: String?
    /// The municipality by ОКТМО code or name.
    public var municipality: String?
    public var address: String?
    public var lat: Double?
    public var lon: Double?
    public var author: Author?

    /// What is wrong with the message beyond what intake checks of any draft.
    public func errors() -> [FieldError] {
        var errors: [FieldError] = []
        let key = id.trimmingCharacters(in: .whitespaces)
        if key.isEmpty || key.count > 200 || key.unicodeScalars.contains("\u{0}") {
            errors.append(FieldError(field: "id", message: "Идентификатор сообщения в ПОС: от 1 до 200 символов"))
        }
        if kind == .publication { errors.append(FieldError(field: "kind", message: "Вид: appeal (обращение) или message (сообщение)")) }
        if (lat == nil) != (lon == nil) { errors.append(FieldError(field: "lat", message: "Укажите обе координаты точки или ни одной")) }
        return errors
    }

    /// The intake draft: a `pos` item keyed by the ПОС id, the category read as a topic where the names agree.
    public func draft(rubricator: Rubricator, municipalities: [Municipality]) -> AppealDraft {
        let topic = category.flatMap { name in rubricator.topics.first { $0.name.lowercased() == name.trimmingCharacters(in: .whitespaces).lowercased() } }
        let place = municipality.flatMap { given in
            municipalities.first { $0.oktmo == given || $0.name.lowercased() == given.trimmingCharacters(in: .whitespaces).lowercased() }
        }
        return AppealDraft(
            kind: kind ?? .message, channel: .pos, externalId: id, receivedAt: receivedAt,
            author: author.map { OtklikCore.Author(name: $0.name, email: $0.email, phone: $0.phone) }, text: text, address: address,
            point: lat.flatMap { lat in lon.map { GeoPoint(lat: lat, lon: $0) } }, municipalityId: place?.oktmo ?? municipality,
            topicId: topic?.id
        )
    }
}
