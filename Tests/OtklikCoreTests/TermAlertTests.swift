import Foundation
import Testing

@testable import OtklikCore

@Suite("Term alerts: who hears of a term, and when")
struct TermAlertTests {
    let moscow = TimeZone(identifier: "Europe/Moscow")!
    let soon: TimeInterval = 24 * 3600

    func appeal(due: String, executor: String? = nil, status: AppealStatus = .inProgress) -> Appeal {
        var appeal = Fixtures.appeal(status)
        appeal.registeredAt = Fixtures.now
        appeal.answerDueAt = Timestamp.parse(due)
        appeal.executorId = executor
        return appeal
    }

    @Test("before the term: a reminder to the executor, or to the body while nobody has taken it")
    func reminder() {
        let now = Timestamp.parse("2026-11-26T12:00:00+03:00")!
        let taken = TermAlert.due(for: appeal(due: "2026-11-26T23:59:59.999+03:00", executor: "u-e1"), at: now, soon: soon, timeZone: moscow)
        #expect(taken.map(\.recipient) == [.user("u-e1")])
        #expect(taken.map(\.kind) == [.reminder])
        #expect(taken.first?.text == "Скоро срок: по обращению ЦУР-2026-000001 срок истекает 26.11.2026 23:59")
        let untaken = TermAlert.due(for: appeal(due: "2026-11-26T23:59:59.999+03:00"), at: now, soon: soon, timeZone: moscow)
        #expect(untaken.map(\.recipient) == [.body("b1")])
    }

    @Test("after the term: an escalation to the executor, the block and the centre")
    func escalation() {
        let now = Timestamp.parse("2026-11-28T09:00:00+03:00")!
        let alerts = TermAlert.due(for: appeal(due: "2026-11-27T23:59:59.999+03:00", executor: "u-e1"), at: now, soon: soon, timeZone: moscow)
        #expect(alerts.map(\.recipient) == [.user("u-e1"), .block("roads"), .centre])
        #expect(alerts.allSatisfy { $0.kind == .escalation && $0.text.hasPrefix("Просрочено: по обращению ЦУР-2026-000001 срок истёк 27.11.2026") })
    }

    @Test("no alert while the term is far, or once the item is answered")
    func quiet() {
        let now = Timestamp.parse("2026-11-20T09:00:00+03:00")!
        #expect(TermAlert.due(for: appeal(due: "2026-11-27T23:59:59.999+03:00"), at: now, soon: soon, timeZone: moscow).isEmpty)
        let later = Timestamp.parse("2026-12-20T09:00:00+03:00")!
        #expect(TermAlert.due(for: appeal(due: "2026-11-27T23:59:59.999+03:00", status: .answered), at: later, soon: soon, timeZone: moscow).isEmpty)
    }

    @Test("an alert reaches its user, the body's people, the block's, and the centre's roles")
    func reach() {
        let executor = Fixtures.user(.executor, body: "b1")
        #expect(AlertRecipient.keys(reaching: executor) == ["user:u-executor", "body:b1"])
        #expect(AlertRecipient.keys(reaching: Fixtures.user(.blockHead, blocks: ["roads"])) == ["user:u-block_head", "block:roads"])
        #expect(AlertRecipient.keys(reaching: Fixtures.user(.operator)).contains("centre"))
    }
}
