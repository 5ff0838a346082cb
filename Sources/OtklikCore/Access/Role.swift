/// Roles of a centre and of the bodies (M18; 000 §1.4, 002 Регламент §2.4–2.5).
public enum Role: String, Codable, Sendable, CaseIterable {
    case admin
    case curator
    case centreHead = "centre_head"
    case `operator`
    case blockResponsible = "block_responsible"
    case blockHead = "block_head"
    case executor
    case media
    case observer

    public var title: String {
        switch self {
        case .admin: "Администратор"
        case .curator: "Куратор"
        case .centreHead: "Руководитель ЦУР"
        case .operator: "Оператор"
        case .blockResponsible: "Ответственный за отраслевой блок"
        case .blockHead: "Руководитель блока"
        case .executor: "Исполнитель в органе"
        case .media: "Масс-медиа"
        case .observer: "Наблюдатель"
        }
    }

    /// Whether the role sees the author's personal data (59-ФЗ ст. 6 ч. 2; 152-ФЗ): media and
    /// observers work with the content, never with who wrote it.
    public var seesPersonalData: Bool {
        switch self {
        case .media, .observer: false
        default: true
        }
    }

    /// Roles of the centre that see the whole region.
    public var isCentreWide: Bool {
        switch self {
        case .admin, .curator, .centreHead, .operator, .media, .observer: true
        case .blockResponsible, .blockHead, .executor: false
        }
    }

    /// Roles that put polls and votes to residents (M13): the centre's heads and curators, not its operators.
    public var runsPolls: Bool {
        switch self {
        case .admin, .curator, .centreHead: true
        default: false
        }
    }

    /// Roles that register incoming items and manage the directories of the centre.
    public var takesIn: Bool {
        switch self {
        case .admin, .curator, .centreHead, .operator: true
        default: false
        }
    }
}
