import Foundation
import Testing

@testable import OtklikCore

@Suite("§ 5.2 counts: what counts as a missed term")
struct FlowCountsTests {
    let due = Timestamp.parse("2026-11-20T23:59:59.999+03:00")!
    let now = Timestamp.parse("2026-11-26T12:00:00+03:00")!

    func appeal(_ status: AppealStatus, answered: String? = nil, closed: String? = nil) -> Appeal {
        var appeal = Fixtures.appeal(status)
        appeal.registeredAt = Fixtures.now
        appeal.answerDueAt = due
        appeal.answeredAt = answered.flatMap(Timestamp.parse)
        appeal.closedAt = closed.flatMap(Timestamp.parse)
        return appeal
    }

    @Test("answered after the term, or still running past it, missed it; answered or finished in time did not")
    func missedTerm() {
        #expect(TermState.missed(appeal(.answered, answered: "2026-11-21T10:00:00+03:00"), at: now))
        #expect(TermState.missed(appeal(.inProgress), at: now))
        #expect(!TermState.missed(appeal(.closed, answered: "2026-11-19T10:00:00+03:00"), at: now))
        #expect(!TermState.missed(appeal(.rejected, closed: "2026-11-18T10:00:00+03:00"), at: now))
        #expect(!TermState.missed(appeal(.inProgress), at: Timestamp.parse("2026-11-20T12:00:00+03:00")!))
    }

    @Test("counts go to the item's group; an item without one is counted under nil")
    func tally() {
        var unplaced = appeal(.new)
        unplaced.blockId = nil
        unplaced.repeatOf = "a0"
        let counts = FlowCounts.tally(received: [appeal(.inProgress), unplaced], due: [appeal(.inProgress)], postponed: [], now: now) { $0.blockId }
        #expect(counts["roads"]?.new == 1)
        #expect(counts["roads"]?.overdue == 1)
        #expect(counts[nil]?.repeated == 1)
    }
}
