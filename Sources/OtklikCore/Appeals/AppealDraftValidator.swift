import Foundation

/// Checks a draft at the edge, before anything is written. Reference ids (municipality, topic)
/// are checked against the rubricator and territory the caller passes.
public struct AppealDraftValidator: Sendable {
    public var municipalityIds: Set<String>
    public var rubricator: Rubricator

    public init(municipalityIds: Set<String>, rubricator: Rubricator) {
        self.municipalityIds = municipalityIds
        self.rubricator = rubricator
    }

    public func errors(in draft: AppealDraft, path: String = "", now: Date) -> [FieldError] {
        var errors: [FieldError] = []
        func add(_ field: String, _ message: String) { errors.append(FieldError(field: path + field, message: message)) }
        if draft.text.allSatisfy(\.isWhitespace) { add("text", "Текст обращения не может быть пустым") }
        if IntakeLimits.exceeds(draft.text, IntakeLimits.maxTextLength) {
            add("text", "Текст не длиннее \(IntakeLimits.maxTextLength) символов, получено \(draft.text.count)")
        }
        if let externalId = draft.externalId, externalId.isEmpty || externalId.count > 200 {
            add("externalId", "Внешний идентификатор: от 1 до 200 символов")
        } else if let externalId = draft.externalId, externalId.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            add("externalId", "Внешний идентификатор не может содержать управляющие символы")
        }
        if let receivedAt = draft.receivedAt, receivedAt > now.addingTimeInterval(300) {
            add("receivedAt", "Дата поступления не может быть в будущем")
        }
        let structure = StructureCheck.errors(
            municipalityId: draft.municipalityId, blockId: draft.blockId, topicId: draft.topicId, point: draft.point,
            summary: draft.summary, address: draft.address, municipalityIds: municipalityIds, rubricator: rubricator
        )
        for error in structure { add(error.field, error.message) }
        if let id = draft.topicId, let topic = rubricator.topic(id), let block = draft.blockId, block != topic.blockId {
            add("blockId", "Тематика «\(topic.name)» относится к другому блоку")
        }
        if let email = draft.author?.email, !email.isEmpty, !Self.looksLikeEmail(email) {
            add("author.email", "Неверный адрес электронной почты")
        }
        if let phone = draft.author?.phone, !phone.isEmpty, !Self.looksLikePhone(phone) {
            add("author.phone", "Неверный номер телефона")
        }
        for (field, value) in [
            ("author.name", draft.author?.name), ("author.email", draft.author?.email), ("author.profile", draft.author?.profile),
            ("author.postalAddress", draft.author?.postalAddress),
        ] {
            if let error = StructureCheck.tooLong(field, value) { add(error.field, error.message) }
        }
        return errors
    }

    public static func looksLikeEmail(_ value: String) -> Bool {
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !value.contains(" ")
    }

    static func looksLikePhone(_ value: String) -> Bool {
        let digits = value.filter(\.isNumber)
        let allowed = Set("+0123456789 ()-")
        return (10...15).contains(digits.count) && value.allSatisfy { allowed.contains($0) }
    }
}
