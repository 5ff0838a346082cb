import Foundation

/// The checks an administrator's edit of a directory (municipalities, bodies, the rubricator) must pass
/// before it is saved. Codes are what other records and the API refer to, so their form is fixed.
public enum DirectoryCheck {
    /// A code: lower-case Latin letters, digits, `.`, `-`, `_`, starting with a letter or digit, at most 64.
    public static func isCode(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 64 else { return false }
        func allowed(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("0"..."9").contains(s) }
        return allowed(first) && text.unicodeScalars.allSatisfy { allowed($0) || "._-".unicodeScalars.contains($0) }
    }

    static func name(_ name: String, field: String = "name") -> [FieldError] {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return [FieldError(field: field, message: "Укажите наименование")] }
        if trimmed.count > 300 { return [FieldError(field: field, message: "Наименование не длиннее 300 символов")] }
        return []
    }

    static func code(_ code: String, field: String = "id") -> [FieldError] {
        isCode(code) ? [] : [FieldError(field: field, message: "Код: строчные латинские буквы, цифры, «.», «-», «_», не длиннее 64")]
    }

    /// ОКТМО: 8 digits for a municipal formation, 11 for a settlement within it (ОК 033-2013).
    public static func errors(in municipality: Municipality) -> [FieldError] {
        var errors = name(municipality.name)
        if !(municipality.oktmo.count == 8 || municipality.oktmo.count == 11) || !municipality.oktmo.allSatisfy(\.isASCII) || !municipality.oktmo.allSatisfy(\.isNumber) {
            errors.append(FieldError(field: "oktmo", message: "Код ОКТМО: 8 или 11 цифр"))
        }
        if let population = municipality.population, population < 0 {
            errors.append(FieldError(field: "population", message: "Численность не может быть отрицательной"))
        }
        if let centre = municipality.centre, !((-90...90).contains(centre.lat) && (-180...180).contains(centre.lon)) {
            errors.append(FieldError(field: "centre", message: "Широта от −90 до 90, долгота от −180 до 180"))
        }
        return errors
    }

    public static func errors(in body: Body, references municipalityIds: Set<String>, blocks blockIds: Set<String>) -> [FieldError] {
        var errors = code(body.id) + name(body.name)
        if let municipality = body.municipalityId, !municipalityIds.contains(municipality) {
            errors.append(FieldError(field: "municipalityId", message: "Нет муниципального образования с кодом «\(municipality)»"))
        }
        for block in body.blockIds where !blockIds.contains(block) {
            errors.append(FieldError(field: "blockIds", message: "Нет отраслевого блока с кодом «\(block)»"))
        }
        if let page = body.officialPage, !OfficialPages.isAddress(page) {
            errors.append(FieldError(field: "officialPage", message: "Адрес официальной страницы: ссылка http(s), например https://vk.com/admrostov"))
        }
        return errors
    }

    /// A topic's keywords teach the structure model before the history does (issue 5): phrases, not texts.
    static let maxKeywords = 100
    static let maxKeywordLength = 100

    /// Keywords as an administrator types them: separated by commas or new lines, blanks left out.
    public static func keywords(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: { $0 == "," || $0.isNewline }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    public static func errors(in block: TopicBlock) -> [FieldError] {
        code(block.id) + name(block.name)
    }

    public static func errors(in topic: Topic, blocks blockIds: Set<String>) -> [FieldError] {
        var errors = code(topic.id) + name(topic.name)
        if !blockIds.contains(topic.blockId) {
            errors.append(FieldError(field: "blockId", message: "Выберите отраслевой блок"))
        }
        let keywords = topic.keywords ?? []
        if keywords.count > maxKeywords || keywords.contains(where: { $0.count > maxKeywordLength }) {
            errors.append(FieldError(field: "keywords", message: "Ключевых слов не больше \(maxKeywords), каждое не длиннее \(maxKeywordLength) символов"))
        }
        return errors
    }
}
