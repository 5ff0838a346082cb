import OtklikCore
import OtklikStore

/// The public list's parameters, checked: `municipality` (ОКТМО) and `topic` among the known ones, `limit`
/// 1…100 (50 by default), `cursor` as the previous page gave it. Anything wrong is one Russian 422.
struct PublicProblemsQuery {
    static let defaultLimit = 50
    var municipalityId: String?
    var topicId: String?
    var limit = Self.defaultLimit
    var cursor: PageCursor?

    init(_ parameter: @escaping (String) -> String?, references: ReferenceData) throws {
        var reader = QueryReader(parameter)
        municipalityId = reader.municipality(known: references.municipalityIds)
        if let topic = reader.text("topic") {
            if references.rubricator.topic(topic) != nil {
                topicId = topic
            } else {
                reader.errors.append(FieldError(field: "topic", message: "Нет такой темы: «\(topic)»"))
            }
        }
        if let raw = reader.text("limit") {
            if let value = Int(raw), (1...100).contains(value) {
                limit = value
            } else {
                reader.errors.append(FieldError(field: "limit", message: "limit — целое число от 1 до 100"))
            }
        }
        if let raw = reader.text("cursor") {
            cursor = PageCursor(encoded: raw)
            if cursor == nil { reader.errors.append(FieldError(field: "cursor", message: "Неверная позиция списка: начните с первой страницы")) }
        }
        guard reader.errors.isEmpty else { throw Problem.invalid(reader.errors) }
    }
}
