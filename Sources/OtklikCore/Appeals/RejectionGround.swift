/// Legal grounds for not answering on the merits: 59-ФЗ ст. 11 (see design/rules.md §1.2, C1–C8).
public enum RejectionGround: String, Codable, Sendable, CaseIterable {
    /// ст. 11 ч. 1: no surname or no address for the answer.
    case anonymous
    /// ст. 11 ч. 2: a court decision is appealed.
    case courtDecision = "court_decision"
    /// ст. 11 ч. 3: obscene or offensive language, threats.
    case abusive
    /// ст. 11 ч. 4: the text cannot be read.
    case unreadable
    /// ст. 11 ч. 4.1: the essence cannot be determined.
    case essenceUnclear = "essence_unclear"
    /// ст. 11 ч. 5: repeated, answered on the merits before, no new arguments.
    case repeated
    /// ст. 11 ч. 5.1: the answer is already published among frequent questions.
    case faqPublished = "faq_published"
    /// ст. 11 ч. 6: an answer would disclose a protected secret.
    case secret

    public var title: String {
        switch self {
        case .anonymous: "Анонимное обращение (ст. 11 ч. 1 59-ФЗ)"
        case .courtDecision: "Обжалуется судебное решение (ст. 11 ч. 2 59-ФЗ)"
        case .abusive: "Нецензурные или оскорбительные выражения, угрозы (ст. 11 ч. 3 59-ФЗ)"
        case .unreadable: "Текст не поддаётся прочтению (ст. 11 ч. 4 59-ФЗ)"
        case .essenceUnclear: "Невозможно установить суть (ст. 11 ч. 4.1 59-ФЗ)"
        case .repeated: "Повторное без новых доводов (ст. 11 ч. 5 59-ФЗ)"
        case .faqPublished: "Ответ опубликован на сайте (ст. 11 ч. 5.1 59-ФЗ)"
        case .secret: "Ответ раскрыл бы охраняемую тайну (ст. 11 ч. 6 59-ФЗ)"
        }
    }
}
