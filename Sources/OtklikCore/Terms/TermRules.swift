import Foundation

/// The term rules of a region, most specific first: the first that applies to an item decides.
public struct TermRules: Codable, Sendable, Equatable {
    public var rules: [TermRule]

    public init(rules: [TermRule]) {
        self.rules = rules
    }

    public func rule(for appeal: Appeal) -> TermRule? { rules.first { $0.applies(to: appeal) } }

    /// What is wrong with a region's rules, in Russian; empty when they can be used.
    public func problems() -> [String] {
        var problems: [String] = []
        var seen: Set<String> = []
        for rule in rules {
            if !seen.insert(rule.id).inserted { problems.append("Правило «\(rule.id)» указано дважды") }
            if rule.kinds.isEmpty { problems.append("Правило «\(rule.id)»: не указаны виды обращений") }
            if rule.source.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("Правило «\(rule.id)»: не указан источник нормы") }
            for (name, span) in [("registration", rule.registration), ("redirect", rule.redirect), ("answer", rule.answer), ("maxExtension", rule.maxExtension)] {
                if let span, !(1...366).contains(span.amount) {
                    problems.append("Правило «\(rule.id)»: срок \(name) должен быть от 1 до 366, указано \(span.amount)")
                }
            }
        }
        for kind in AppealKind.allCases where !rules.contains(where: { $0.kinds.contains(kind) }) {
            problems.append("Нет правила для вида «\(kind.rawValue)»: сроки таких обращений не будут считаться")
        }
        return problems
    }

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
