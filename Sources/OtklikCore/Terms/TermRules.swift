/// The term rules of a region, most specific first: the first that applies to an item decides.
public struct TermRules: Codable, Sendable, Equatable {
    public var rules: [TermRule]

    public init(rules: [TermRule]) {
        self.rules = rules
    }

    public func rule(for appeal: Appeal) -> TermRule? { rules.first { $0.applies(to: appeal) } }

    /// The defaults, from `../shared/design/rules.md`.
    public static let `default` = TermRules(rules: [
        TermRule(
            id: "59fz", title: "Обращение гражданина (59-ФЗ)", kinds: [.appeal], channels: nil,
            registration: TermSpan(3, .calendarDays), redirect: TermSpan(7, .calendarDays), answer: TermSpan(30, .calendarDays),
            answerClock: .registration, maxExtension: TermSpan(30, .calendarDays),
            source: "59-ФЗ ст. 8 ч. 2 (регистрация — 3 дня), ст. 8 ч. 3 (направление по компетенции — 7 дней), ст. 12 ч. 1 (ответ — 30 дней), ст. 12 ч. 2 (продление не более чем на 30 дней)",
            confirmed: true
        ),
        TermRule(
            id: "publication", title: "Публикация в социальной сети", kinds: [.publication], channels: nil,
            registration: nil, redirect: nil, answer: TermSpan(8, .workingHours), answerClock: .receipt, maxExtension: nil,
            source: "Федеральной нормы нет; региональная практика (распоряжение Главы Республики Башкортостан, 2025): проект ответа — 8 рабочих часов",
            confirmed: false
        ),
        TermRule(
            id: "message", title: "Сообщение (ПОС и другие каналы)", kinds: [.message], channels: nil,
            registration: nil, redirect: nil, answer: TermSpan(10, .workingDays), answerClock: .receipt, maxExtension: nil,
            source: "ПП РФ № 1802 (ПОС): срок ответа на сообщение — 10 рабочих дней, текст нормы не найден; настраивается регионом",
            confirmed: false
        ),
    ])
}
