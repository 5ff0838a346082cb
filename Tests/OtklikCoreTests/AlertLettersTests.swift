import Foundation
import Testing

@testable import OtklikCore

@Suite("Term alerts as letters: to whom, how many, with what")
struct AlertLettersTests {
    let moscow = TimeZone(identifier: "Europe/Moscow")!

    func escalation() -> [TermAlert] {
        var appeal = Fixtures.appeal(.inProgress)
        appeal.registeredAt = Fixtures.now
        appeal.answerDueAt = Timestamp.parse("2026-11-27T23:59:59.999+03:00")
        appeal.executorId = "u-e1"
        return TermAlert.due(for: appeal, at: Timestamp.parse("2026-11-28T09:00:00+03:00")!, soon: 86_400, timeZone: moscow)
    }

    @Test("a user reached by two of an escalation's recipients (their own and the centre's) gets one letter")
    func oneLetterPerUser() {
        let chief = User(id: "u-e1", login: "chief", name: "Глава", role: .centreHead, email: "chief@region.ru")
        let letters = AlertLetters.letters(for: escalation(), users: [chief]) { _ in nil }
        #expect(chief.role.isCentreWide)
        #expect(letters.map(\.email) == ["chief@region.ru"])
    }

    @Test("the executor, the block's head and the centre each get theirs; a user without an address or out of reach gets none")
    func reach() {
        let users = [
            User(id: "u-e1", login: "exec1", name: "Исполнитель", role: .executor, bodyId: "b1", email: "exec1@city.ru"),
            User(id: "u-bh", login: "roads", name: "Блок дорог", role: .blockHead, blockIds: ["roads"], email: "roads@region.ru"),
            User(id: "u-op", login: "op", name: "Оператор", role: .operator, email: "op@region.ru"),
            User(id: "u-e2", login: "exec2", name: "Другой орган", role: .executor, bodyId: "b2", email: "exec2@city.ru"),
            User(id: "u-ed", login: "water", name: "Блок воды", role: .blockHead, blockIds: ["water"]),
        ]
        let letters = AlertLetters.letters(for: escalation(), users: users) { "https://cur.example.ru/appeals/\($0)" }
        #expect(letters.map(\.email) == ["exec1@city.ru", "roads@region.ru", "op@region.ru"])
        #expect(letters.allSatisfy { $0.message.kind == .alert })
        #expect(letters.allSatisfy { $0.message.text.hasPrefix("Просрочено: по обращению ЦУР-2026-000001") })
        #expect(letters.allSatisfy { $0.message.text.contains("Карточка обращения: https://cur.example.ru/appeals/a1") })
    }
}
