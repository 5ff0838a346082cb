/// The consent to processing of personal data a resident gives on the public form, as a separate document
/// (152-ФЗ ст. 9 ч. 1 as amended by 156-ФЗ of 24.06.2025, in force from 01.09.2025: «отдельно от иной
/// информации»). Each agreement is recorded with the version and the SHA-256 of the text shown (rules.md §5).
/// A changed text gets a new version; the old versions' records keep their hash.
public struct PublicConsent: Sendable, Equatable, Codable {
    public var version: String
    public var text: String

    public var sha256: String { SHA256Hex.of(Array(text.utf8)) }

    public static let current = PublicConsent(
        version: "2026-09",
        text: """
            Я даю согласие центру управления регионом на обработку моих персональных данных — фамилии, имени, \
            отчества, адреса электронной почты, номера телефона, адреса и сведений, которые я сообщаю в тексте \
            и на фотографиях, — для рассмотрения моего обращения или сообщения, передачи его в органы власти и \
            организации по компетенции, ответа мне и вопроса о том, помог ли ответ. Данные хранятся на \
            территории Российской Федерации и не публикуются: в открытом списке проблем имя, телефон, адрес \
            почты и номер квартиры скрыты. Согласие действует до достижения целей обработки; я могу отозвать \
            его, написав в центр управления регионом (статья 9 Федерального закона от 27.07.2006 № 152-ФЗ \
            «О персональных данных»).
            """
    )
}
