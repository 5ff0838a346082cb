import Foundation
import Testing

@testable import OtklikCore

@Suite("Term rules: worked examples from the rule texts, in Moscow time")
struct TermRulesTests {
    let policy = TermPolicy(timeZone: TimeZone(identifier: "Europe/Moscow")!)

    func instant(_ text: String) -> Date { Timestamp.parse(text)! }

    func item(_ kind: AppealKind, _ channel: Channel, received: String, registered: String? = nil) -> Appeal {
        var appeal = Appeal(
            id: "a1", number: "ЦУР-2026-000001", draft: AppealDraft(kind: kind, channel: channel, text: "Текст"),
            receivedAt: instant(received), now: instant(received)
        )
        appeal.registeredAt = registered.map(instant)
        if registered != nil { appeal.status = .registered }
        policy.schedule(&appeal)
        return appeal
    }

    @Test("59-ФЗ appeal received on the eve of the New Year holidays: registration by 30.12, answer by 29.01")
    func appealBeforeNewYear() {
        let received = item(.appeal, .letter, received: "2026-12-30T10:00:00+03:00")
        // 30.12 + 3 days = 02.01, a holiday; 31.12 is a day off by ПП № 1466, so the previous working day is 30.12.
        #expect(received.registrationDueAt == instant("2026-12-30T23:59:59.999+03:00"))
        #expect(received.answerDueAt == nil)  // the answer term runs from registration
        let registered = item(.appeal, .letter, received: "2026-12-30T10:00:00+03:00", registered: "2026-12-30T15:00:00+03:00")
        #expect(registered.answerDueAt == instant("2027-01-29T23:59:59.999+03:00"))
        // 30.12 + 7 = 06.01, a holiday: the redirect term, too, ends on 30.12.
        #expect(registered.redirectDueAt == instant("2026-12-30T23:59:59.999+03:00"))
    }

    @Test("59-ФЗ appeal redirected on day 6 is within the 7-day redirect term")
    func redirectOnDaySix() {
        let appeal = item(.appeal, .email, received: "2026-11-02T09:00:00+03:00", registered: "2026-11-02T12:00:00+03:00")
        #expect(appeal.redirectDueAt == instant("2026-11-09T23:59:59.999+03:00"))
        var onDaySix = appeal
        onDaySix.status = .inProgress
        #expect(TermState.of(onDaySix, at: instant("2026-11-08T16:00:00+03:00"), soon: 3 * 86_400) == .onTime)
    }

    @Test("59-ФЗ appeal extended once, by not more than 30 days; a second extension is refused")
    func extendedOnce() throws {
        var appeal = item(.appeal, .letter, received: "2026-11-02T09:00:00+03:00", registered: "2026-11-02T12:00:00+03:00")
        appeal.status = .inProgress
        appeal.bodyId = "b1"
        #expect(appeal.answerDueAt == instant("2026-12-02T23:59:59.999+03:00"))
        // 02.12 + 30 = 01.01, a holiday; 31.12 is a day off: the limit is the end of 30.12.
        #expect(try policy.extensionLimit(for: appeal) == instant("2026-12-30T23:59:59.999+03:00"))
        var references = Fixtures.references
        references.terms = policy
        let head = Fixtures.user(.centreHead)
        let now = instant("2026-11-20T10:00:00+03:00")
        #expect(throws: WorkflowError.self) {
            try Workflow.apply(
                .postpone, input: ActionInput(until: instant("2027-01-15T12:00:00+03:00"), reason: "Запрос в другой орган"),
                to: appeal, by: head, at: now, references: references
            )
        }
        let extended = try Workflow.apply(
            .postpone, input: ActionInput(until: instant("2026-12-25T18:00:00+03:00"), reason: "Запрос в другой орган"),
            to: appeal, by: head, at: now, references: references
        )
        #expect(extended.extendedAnswerDueAt == instant("2026-12-25T18:00:00+03:00"))
        #expect(extended.effectiveDueAt == extended.extendedAnswerDueAt)
        var resumed = extended
        resumed.status = .inProgress
        do throws(WorkflowError) {
            _ = try Workflow.apply(
                .postpone, input: ActionInput(until: instant("2026-12-28T18:00:00+03:00"), reason: "Ещё"), to: resumed, by: head, at: now,
                references: references
            )
            Issue.record("a second extension was accepted")
        } catch {
            #expect(error == .invalidInput([FieldError(field: "until", message: "Срок ответа уже продлевался; продлить его можно один раз (59-ФЗ ст. 12 ч. 2)")]))
        }
    }

    @Test("a feedback-platform message received on Friday evening: 10 working days, by the end of 11.12")
    func messageFridayEvening() {
        let message = item(.message, .pos, received: "2026-11-27T18:30:00+03:00")
        #expect(message.registrationDueAt == nil)
        #expect(message.answerDueAt == instant("2026-12-11T23:59:59.999+03:00"))
    }

    @Test("a social-network post at 23:50 on Friday: 8 working hours, by 17:00 on Monday")
    func postAtTenToMidnight() {
        let post = item(.publication, .vk, received: "2026-11-27T23:50:00+03:00")
        #expect(post.answerDueAt == instant("2026-11-30T17:00:00+03:00"))
    }

    @Test("a post at noon on a shortened eve of a holiday: 4 hours that day, 4 after the holiday")
    func postOnShortenedEve() {
        // 03.11.2026 works 9:00–16:00 (ТК ст. 95); 04.11 is a holiday.
        let post = item(.publication, .telegram, received: "2026-11-03T12:00:00+03:00")
        #expect(post.answerDueAt == instant("2026-11-05T13:00:00+03:00"))
    }

    @Test("a term reaching a year without a decree is left empty and flagged, not guessed")
    func yearWithoutDecree() {
        let appeal = item(.appeal, .letter, received: "2027-12-20T10:00:00+03:00", registered: "2027-12-20T11:00:00+03:00")
        #expect(appeal.answerDueAt == nil)
        #expect(appeal.termNote?.contains("2028") == true)
    }

    @Test("the state against the term: on time, due soon, overdue; none once answered")
    func states() {
        var appeal = item(.message, .pos, received: "2026-11-27T18:30:00+03:00")
        let soon: TimeInterval = 2 * 86_400
        #expect(TermState.of(appeal, at: instant("2026-12-01T10:00:00+03:00"), soon: soon) == .onTime)
        #expect(TermState.of(appeal, at: instant("2026-12-10T10:00:00+03:00"), soon: soon) == .dueSoon)
        #expect(TermState.of(appeal, at: instant("2026-12-12T00:00:00+03:00"), soon: soon) == .overdue)
        appeal.status = .answered
        #expect(TermState.of(appeal, at: instant("2026-12-12T00:00:00+03:00"), soon: soon) == .none)
    }
}

@Suite("Term rules as a region's configuration")
struct TermRulesConfigurationTests {
    @Test("the defaults cover every kind and cite a source for each rule")
    func defaultsAreUsable() {
        #expect(TermRules.default.problems().isEmpty)
        #expect(TermRules.default.rules.allSatisfy { !$0.source.isEmpty })
    }

    @Test("a duplicate id, a zero term and a kind left without a rule are reported in Russian")
    func brokenRulesReported() {
        var rules = TermRules.default
        rules.rules[1].id = "59fz"
        rules.rules[2].answer = TermSpan(0, .workingDays)
        rules.rules[2].kinds = []
        let problems = rules.problems()
        #expect(problems.contains("Правило «59fz» указано дважды"))
        #expect(problems.contains("Правило «message»: срок answer должен быть от 1 до 366, указано 0"))
        #expect(problems.contains("Нет правила для вида «message»: сроки таких обращений не будут считаться"))
    }
}
