import Foundation
import Testing

@testable import OtklikCore

@Suite("K5: the first reaction in working hours on the production calendar, counted when it happens")
struct ReactionWorkingHoursTests {
    let policy = TermPolicy(timeZone: TimeZone(identifier: "Europe/Moscow")!)

    func instant(_ text: String) -> Date { Timestamp.parse(text + "+03:00")! }

    func reacted(registered: String?, received: String = "2026-11-20T08:00:00", at reaction: String) -> Appeal {
        var appeal = Appeal(
            id: "a1", number: "ЦУР-2026-000001", draft: AppealDraft(kind: .message, channel: .pos, text: "Нет света"),
            receivedAt: instant(received), now: instant(received)
        )
        appeal.registeredAt = registered.map(instant)
        appeal.reactedAt = instant(reaction)
        policy.settleReaction(&appeal)
        return appeal
    }

    @Test("registered on Friday at 16:00, reacted on Monday at 10:30: one hour on Friday, ninety minutes on Monday")
    func overAWeekend() {
        #expect(reacted(registered: "2026-11-20T16:00:00", at: "2026-11-23T10:30:00").reactionWorkingMinutes == 150)
    }

    @Test("the shortened eve of 4 November ends at 16:00 and the holiday counts nothing")
    func overAHoliday() {
        // 03.11.2026 works 9:00–16:00 (ТК ст. 95); 04.11 is a holiday.
        #expect(reacted(registered: "2026-11-03T15:00:00", at: "2026-11-05T10:00:00").reactionWorkingMinutes == 120)
    }

    @Test("a reaction between closing and the next opening takes no working time")
    func overNight() {
        #expect(reacted(registered: "2026-11-23T18:00:00", at: "2026-11-24T08:59:00").reactionWorkingMinutes == 0)
    }

    @Test("an item never registered counts from its receipt")
    func fromReceipt() {
        #expect(reacted(registered: nil, received: "2026-11-23T09:00:00", at: "2026-11-23T12:15:00").reactionWorkingMinutes == 195)
    }

    @Test("no reaction, no count; a counted reaction stays as counted")
    func countedOnce() {
        var appeal = reacted(registered: "2026-11-23T09:00:00", at: "2026-11-23T10:00:00")
        #expect(appeal.reactionWorkingMinutes == 60)
        appeal.reactedAt = instant("2026-11-23T16:00:00")
        policy.settleReaction(&appeal)
        #expect(appeal.reactionWorkingMinutes == 60)
        appeal.reactedAt = nil
        appeal.reactionWorkingMinutes = nil
        policy.schedule(&appeal)
        #expect(appeal.reactionWorkingMinutes == nil)
    }

    @Test("a reaction in a year without a decree is left uncounted, not guessed")
    func yearWithoutDecree() {
        #expect(reacted(registered: "2027-12-30T10:00:00", at: "2028-01-12T10:00:00").reactionWorkingMinutes == nil)
    }

    @Test("office time between two instants is what a term in working hours would count to its end")
    func inverseOfTheTerm() throws {
        let start = instant("2026-11-27T15:20:00")
        for hours in [1, 8, 9, 40] {
            let end = try policy.due(TermSpan(hours, .workingHours), from: start)
            #expect(try policy.workingMinutes(from: start, to: end) == Int64(hours * 60))
        }
        #expect(try policy.workingMinutes(from: start, to: start.addingTimeInterval(-60)) == 0)
    }
}
