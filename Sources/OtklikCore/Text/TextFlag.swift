/// What an appeal's text may call for beyond its topic: urgency (a danger or an accident needs action within
/// hours, not the statutory 30 days) and tone. A flag is a hint to the operator with the words that raised it;
/// it never decides anything by itself.
public enum TextFlag: String, Codable, Sendable, CaseIterable {
    /// A threat to life or health: wires under voltage, an open manhole, icicles, a tree about to fall.
    case danger
    /// An accident in a utility or a building: no water, heat, electricity or gas; a burst pipe, fire, collapse.
    case accident
    /// Children are concerned.
    case children
    /// Many people are concerned, or a public action is announced.
    case massEvent = "mass_event"
    /// Anger and exasperation: the author has run out of patience.
    case negativeTone = "negative_tone"
    /// Obscene or offensive words: 59-ФЗ ст. 11 ч. 3 lets the body leave such an appeal without an answer on
    /// the merits (rules.md C3); the flag only points the words out, a person decides.
    case offensive

    public var title: String {
        switch self {
        case .danger: "Угроза жизни и здоровью"
        case .accident: "Авария"
        case .children: "Касается детей"
        case .massEvent: "Массовое"
        case .negativeTone: "Негативный тон"
        case .offensive: "Нецензурные или оскорбительные выражения"
        }
    }

    /// Urgent flags raise the appeal in the operator's attention; tone flags only inform.
    public var isUrgent: Bool {
        switch self {
        case .danger, .accident, .children, .massEvent: true
        case .negativeTone, .offensive: false
        }
    }
}
