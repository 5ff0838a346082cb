import Foundation
import Testing

@testable import OtklikCore

@Suite("Analytics: what each measure counts, how items fall into days and periods")
struct SliceEngineTests {
    let moscow = TimeZone(identifier: "Europe/Moscow")!
    let now = Timestamp.parse("2026-11-26T12:00:00+03:00")!

    func appeal(
        _ id: String, received: String, status: AppealStatus = .inProgress, municipality: String = "m1", block: String = "roads"
    ) -> Appeal {
        var appeal = Fixtures.appeal(status)
        appeal.id = id
        appeal.receivedAt = Timestamp.parse(received)!
        appeal.municipalityId = municipality
        appeal.blockId = block
        return appeal
    }

    func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    func slice(_ measure: SliceMeasure, by rows: SliceDimension, _ appeals: [Appeal], from: String, to: String)
        -> Slice
    {
        SliceEngine.slice(
            SliceRequest(measure: measure, rows: rows, from: day(from), to: day(to)),
            from: Rollup(appeals: appeals, timeZone: moscow, now: now)
        )
    }

    @Test("an item counts on the day it came in the region's zone: midnight in Moscow is 21:00 UTC the day before")
    func midnightInTheRegionsZone() {
        let late = appeal("a1", received: "2026-11-30T23:59:59+03:00")
        let early = appeal("a2", received: "2026-11-30T21:00:00Z")  // 1 December 00:00 in Moscow
        let byDay = slice(.count, by: .day, [late, early], from: "2026-11-30", to: "2026-12-01")
        #expect(byDay.groups.map(\.row) == ["2026-11-30", "2026-12-01"])
        #expect(byDay.groups.map(\.value) == [1, 1])
        let november = slice(.count, by: .month, [late, early], from: "2026-11-01", to: "2026-11-30")
        #expect(november.total == 1)
    }

    @Test("periods are labelled so their text order is time order: the week by its Monday, the quarter as Q")
    func periodLabels() {
        let key = RollupKey(appeal("a1", received: "2026-11-26T10:00:00+03:00"), timeZone: moscow)
        #expect(SliceDimension.week.value(of: key) == "2026-11-23")
        #expect(SliceDimension.month.value(of: key) == "2026-11")
        #expect(SliceDimension.quarter.value(of: key) == "2026-Q4")
        #expect(SliceDimension.year.value(of: key) == "2026")
    }

    @Test("overdue: still running past the term now, or answered after it; answered in time is not")
    func overdue() {
        let due = Timestamp.parse("2026-11-20T23:59:59+03:00")!
        var running = appeal("a1", received: "2026-11-02T10:00:00+03:00")
        running.answerDueAt = due
        var answeredLate = appeal("a2", received: "2026-11-02T11:00:00+03:00", status: .answered)
        answeredLate.answerDueAt = due
        answeredLate.answeredAt = Timestamp.parse("2026-11-21T09:00:00+03:00")
        var answeredInTime = appeal("a3", received: "2026-11-02T12:00:00+03:00", status: .closed)
        answeredInTime.answerDueAt = due
        answeredInTime.answeredAt = Timestamp.parse("2026-11-20T09:00:00+03:00")
        answeredInTime.closedAt = answeredInTime.answeredAt
        // Answered in time, sent back for rework, and now past the term: overdue again.
        var reworked = answeredInTime
        reworked.id = "a4"
        reworked.status = .rework
        reworked.closedAt = nil
        let items = [running, answeredLate, answeredInTime, reworked]
        #expect(slice(.overdue, by: .block, items, from: "2026-11-01", to: "2026-11-30").total == 3)
        #expect(slice(.onTimeShare, by: .block, items, from: "2026-11-01", to: "2026-11-30").total == 2.0 / 3.0)
        let rollup = Rollup(appeals: items, timeZone: moscow, now: now)
        #expect(rollup.runningLate.values.reduce(0, +) == 2)
    }

    @Test("the median and 90th percentile of days to answer are nearest-rank over whole days in the region's zone")
    func answerDays() {
        let items = (0..<10).map { n in
            var item = appeal("a\(n)", received: "2026-11-02T23:30:00+03:00", status: .answered)
            // 23:30 on the 2nd to 00:30 on the 3rd is one day; then 1, 2, … 10 days.
            item.answeredAt = Timestamp.parse("2026-11-02T23:30:00+03:00")!.addingTimeInterval(Double(n + 1) * 86_400 - 82_800)
            return item
        }
        #expect(AnswerDays.of(items[0], timeZone: moscow) == 1)
        #expect(slice(.medianAnswerDays, by: .block, items, from: "2026-11-01", to: "2026-11-30").total == 5)
        #expect(slice(.p90AnswerDays, by: .block, items, from: "2026-11-01", to: "2026-11-30").total == 9)
        #expect(DurationBucket.percentile(0.5, of: [:]) == nil)
    }

    @Test("the median time to the first reaction is nearest-rank over the whole working hours counted on the items, capped")
    func medianReactionHours() {
        let items = [0.5, 3.9, 7, 30, 300].enumerated().map { n, hours in
            var item = appeal("a\(n)", received: "2026-11-02T10:00:00+03:00")
            item.reactedAt = item.receivedAt
            item.reactionWorkingMinutes = Int64(hours * 60)
            return item
        }
        #expect(items.map(ReactionHours.of) == [0, 3, 7, 30, ReactionHours.cap])
        #expect(slice(.medianReactionHours, by: .block, items, from: "2026-11-01", to: "2026-11-30").total == 7)
        let mean = slice(.meanReactionHours, by: .block, items, from: "2026-11-01", to: "2026-11-30").total ?? 0
        #expect(abs(mean - (0.5 + 3.9 + 7 + 30 + 300) / 5) < 1e-9)
        var silent = items[0]
        silent.reactedAt = nil
        silent.reactionWorkingMinutes = nil
        #expect(slice(.medianReactionHours, by: .block, [silent], from: "2026-11-01", to: "2026-11-30").total == nil)
    }

    @Test("answer days and reaction hours share one numbering of buckets and each number reads back as its bucket")
    func durationBuckets() {
        for bucket in [DurationBucket.answerDays(0), .answerDays(AnswerDays.cap), .reactionHours(0), .reactionHours(ReactionHours.cap)] {
            #expect(DurationBucket(number: bucket.number) == bucket)
        }
        #expect(DurationBucket.reactionHours(0).number == AnswerDays.cap + 1)
        #expect(DurationBucket(number: DurationBucket.count) == nil)
        #expect(DurationBucket(number: -1) == nil)
    }

    @Test("two cuts, a filter and the previous period of the same length")
    func twoCutsAndPrevious() {
        let items = [
            appeal("a1", received: "2026-11-10T10:00:00+03:00", municipality: "m1", block: "roads"),
            appeal("a2", received: "2026-11-11T10:00:00+03:00", municipality: "m1", block: "roads"),
            appeal("a3", received: "2026-11-12T10:00:00+03:00", municipality: "m2", block: "roads"),
            appeal("a4", received: "2026-11-12T10:00:00+03:00", municipality: "m2", block: "gkh"),
            appeal("a5", received: "2026-10-20T10:00:00+03:00", municipality: "m1", block: "roads"),
        ]
        var filter = SliceFilter()
        filter.restrict(.block, to: ["roads"])
        let result = SliceEngine.slice(
            SliceRequest(measure: .count, rows: .municipality, columns: .block, from: day("2026-11-01"), to: day("2026-11-30"), filter: filter),
            from: Rollup(appeals: items, timeZone: moscow, now: now)
        )
        #expect(result.groups.map { "\($0.row)/\($0.column ?? "")=\($0.value ?? -1)/\($0.previous ?? -1)" } == ["m1/roads=2.0/1.0", "m2/roads=1.0/-1.0"])
        #expect(result.request.previousFrom == day("2026-10-02"))
        #expect(result.total == 3)
        #expect(result.previousTotal == 1)
    }

    @Test("a user's scope narrows the slice: an executor sees their body only, a block head their blocks")
    func scope() {
        var other = appeal("a2", received: "2026-11-10T10:00:00+03:00", block: "gkh")
        other.bodyId = "b2"
        let items = [appeal("a1", received: "2026-11-10T10:00:00+03:00"), other]
        let rollup = Rollup(appeals: items, timeZone: moscow, now: now)
        func total(_ scope: Scope) -> Double? {
            SliceEngine.slice(
                SliceRequest(measure: .count, rows: .body, from: day("2026-11-01"), to: day("2026-11-30"), filter: SliceFilter().restricted(to: scope)),
                from: rollup
            ).total
        }
        #expect(total(.all) == 2)
        #expect(total(.body("b2")) == 1)
        #expect(total(.blocks(["roads"])) == 1)
        #expect(total(.body("")) == 0)
    }

    @Test("a change moves an item between cells: taking the old state out and adding the new equals counting the new")
    func changeMovesTheItem() {
        let before = appeal("a1", received: "2026-11-10T10:00:00+03:00", status: .assigned)
        var after = before
        after.status = .answered
        after.answeredAt = Timestamp.parse("2026-11-12T10:00:00+03:00")
        after.redirectCount = 1
        after.bodyId = "b2"
        var moved = Rollup()
        moved.add(before, timeZone: moscow)
        moved.add(before, timeZone: moscow, times: -1)
        moved.add(after, timeZone: moscow)
        #expect(moved.compacted == Rollup(appeals: [after], timeZone: moscow, now: now))
        #expect(slice(.redirectShare, by: .body, [after, before], from: "2026-11-01", to: "2026-11-30").total == 0.5)
    }
}
