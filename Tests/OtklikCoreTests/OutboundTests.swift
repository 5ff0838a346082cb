import Foundation
import OtklikCore
import Testing

@Suite("What the citizen is told through their channel, where it goes, and when a failed delivery is tried again")
struct OutboundTests {
    let moscow = TimeZone(identifier: "Europe/Moscow")!

    func telegramAppeal(_ status: AppealStatus) -> Appeal {
        var appeal = Fixtures.appeal(status)
        appeal.channel = .telegram
        appeal.kind = .message
        appeal.externalId = "5000000001:10"
        return appeal
    }

    @Test("the approved answer goes with the question whether it helped; an answer not yet approved goes nowhere")
    func answerOnApproval() {
        var before = telegramAppeal(.answered)
        before.answers = [Answer(text: "Яму заделали", authorId: "e", bodyId: "b1", at: Fixtures.now)]
        var after = before
        after.status = .closed
        let messages = OutboundNotices.after(.approve, before: before, after: after, timeZone: moscow) { _ in nil }
        #expect(messages == [OutboundMessage(kind: .answer, text: "Ответ по обращению ЦУР-2026-000001:\n\nЯму заделали", asksRating: true)])
        #expect(OutboundNotices.after(.answer, before: before, after: after, timeZone: moscow) { _ in nil }.isEmpty)
    }

    @Test("a referral names the new body (59-ФЗ ст. 8 ч. 3); an extension gives the new date once (ст. 12 ч. 2); a refusal its reason")
    func notices() {
        let before = telegramAppeal(.inProgress)
        var redirected = before
        redirected.bodyId = "b2"
        #expect(OutboundNotices.after(.redirect, before: before, after: redirected, timeZone: moscow) { $0 == "b2" ? "Минтранс" : nil }.map(\.text)
            == ["Обращение ЦУР-2026-000001 направлено в «Минтранс» по компетенции."])
        var extended = before
        extended.extendedAnswerDueAt = Timestamp.parse("2026-12-25T12:00:00+03:00")
        extended.statusReason = "Нужна проверка на месте"
        #expect(OutboundNotices.after(.postpone, before: before, after: extended, timeZone: moscow) { _ in nil }.map(\.text)
            == ["Срок рассмотрения обращения ЦУР-2026-000001 продлён до 25.12.2026. Причина: Нужна проверка на месте."])
        #expect(OutboundNotices.after(.postpone, before: extended, after: extended, timeZone: moscow) { _ in nil }.isEmpty)
        var rejected = before
        rejected.statusReason = "Текст не поддаётся прочтению"
        #expect(OutboundNotices.after(.reject, before: before, after: rejected, timeZone: moscow) { _ in nil }.map(\.text)
            == ["По обращению ЦУР-2026-000001 отказано по закону. Текст не поддаётся прочтению"])
    }

    @Test("the answer asks «помог ли ответ?» by a link where the channel has no buttons: e-mail, OK, a VK comment; not in Telegram or a VK conversation")
    func asksByLink() {
        var appeal = telegramAppeal(.answered)
        #expect(!OutboundNotices.asksByLink(appeal))
        appeal.channel = .vk
        appeal.externalId = "msg:2000000001:15"
        #expect(!OutboundNotices.asksByLink(appeal))
        appeal.externalId = "comment:-100_7_42"
        #expect(OutboundNotices.asksByLink(appeal))
        appeal.channel = .ok
        appeal.externalId = "chat:C3ecb9d02a600/mid:1"
        #expect(OutboundNotices.asksByLink(appeal))
        appeal.channel = .webForm
        #expect(OutboundNotices.asksByLink(appeal))
        appeal.channel = .letter
        #expect(!OutboundNotices.asksByLink(appeal))
    }

    @Test("a Telegram item answers to its chat, a VK one to its conversation or under its post, an e-mail one and a web form's with an address to its author by e-mail; a letter or a monitored post is told nothing")
    func whoIsTold() {
        let telegram = telegramAppeal(.new)
        #expect(OutboundNotices.concerns(telegram))
        #expect(ReplyAddress.of(telegram) == "5000000001")
        var post = telegram
        post.kind = .publication
        #expect(!OutboundNotices.concerns(post))
        var wall = post
        wall.channel = .vk
        wall.externalId = "comment:-100_7_42"
        #expect(OutboundNotices.concerns(wall))
        #expect(ReplyAddress.of(wall) == "comment:-100_7_42")
        wall.externalId = "msg:2000000001:15"
        #expect(ReplyAddress.of(wall) == "peer:2000000001")
        var mail = Fixtures.appeal(.new)
        mail.channel = .email
        mail.author.email = "a@example.ru"
        #expect(ReplyAddress.of(mail) == "a@example.ru")
        #expect(!OutboundNotices.concerns(Fixtures.appeal(.new)))
        var form = Fixtures.appeal(.new)
        form.channel = .webForm
        #expect(!OutboundNotices.concerns(form))
        form.author.email = "f@example.ru"
        #expect(OutboundNotices.concerns(form))
        #expect(OutboundNotices.deliveryChannel(of: form) == .email)
        #expect(ReplyAddress.of(form) == "f@example.ru")
        #expect(OutboundNotices.receipt(form, link: "https://s/public/appeals/x?key=k").text.hasSuffix("оценить ответ: https://s/public/appeals/x?key=k"))
    }

    @Test("retries wait 30 s, then twice as long each time up to an hour; the tenth failure is final; the channel's own wait is believed")
    func retries() {
        let now = Fixtures.now
        let waits = (1...9).map { DeliveryRetry.next(after: $0, at: now)!.timeIntervalSince(now) }
        #expect(waits == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600])
        #expect(DeliveryRetry.next(after: DeliveryRetry.maxAttempts, at: now) == nil)
        #expect(DeliveryRetry.next(after: 1, at: now, retryAfter: 7)?.timeIntervalSince(now) == 7)
        #expect(DeliveryRetry.next(after: 1, at: now, retryAfter: 86_400)?.timeIntervalSince(now) == 3600)
    }
}
