import Foundation
import Testing

@testable import OtklikCore

@Suite("The rating of bodies: a weighted mean of what could be measured, places now and before")
struct BodyRatingsTests {
    let from = LocalDate(iso: "2026-11-01")!
    let to = LocalDate(iso: "2026-11-30")!

    /// The rating's slices by body, each group's value and previous value given per body and measure
    /// (`nil` where the body has no figure).
    func slices(_ bodies: [String: [SliceMeasure: (Double?, Double?)]]) -> [Slice] {
        BodyRatings.requests(from: from, to: to, filter: SliceFilter()).map { request in
            let groups = bodies.keys.sorted().compactMap { body -> Slice.Group? in
                let (value, previous) = bodies[body]![request.measure] ?? (nil, nil)
                return Slice.Group(row: body, column: nil, value: value, previous: previous, appeals: 0)
            }
            return Slice(request: request, groups: groups, total: nil, previousTotal: nil, appeals: 0)
        }
    }

    @Test("scores by hand: every part measured; a part missing leaves its weight out; too few items are not ranked")
    func scores() throws {
        let ratings = BodyRatings.rate(slices([
            "a": [.count: (10, 10), .onTimeShare: (0.9, 0.5), .medianAnswerDays: (10, 40), .qualityScore: (0.8, nil), .overdueShare: (0.1, 0.5),
                  .redirectShare: (0, 0.25), .medianReactionHours: (5, 2)],
            "b": [.count: (8, 8), .onTimeShare: (0.5, 0.9), .medianAnswerDays: (40, 10), .qualityScore: (nil, 0.8), .overdueShare: (0.5, 0.1),
                  .redirectShare: (0.25, 0)],
            "c": [.count: (3, 20), .onTimeShare: (1, 1), .medianAnswerDays: (1, 1), .qualityScore: (1, 1), .overdueShare: (0, 0), .redirectShare: (0, 0)],
            "": [.count: (50, 50), .overdueShare: (1, 1), .redirectShare: (1, 1)],
        ]))
        #expect(ratings.map(\.bodyId) == ["a", "b", "c"])
        // a: 0.3·0.9 + 0.15·(1 − 10/30) + 0.3·0.8 + 0.15·0.9 + 0.1·1 = 0.845
        #expect(abs(try #require(ratings[0].score) - 84.5) < 0.01)
        // b: no quality; (0.3·0.5 + 0.15·0 + 0.15·0.5 + 0.1·0.75) / 0.7 = 0.428571
        #expect(abs(try #require(ratings[1].score) - 42.857) < 0.01)
        #expect(ratings.map(\.place) == [1, 2, nil])
        #expect(ratings[2].score == nil)
        // Figures outside the score are carried as they came.
        #expect(ratings[0].figures[.medianReactionHours] == 5)
        #expect(ratings[0].previous[.medianReactionHours] == 2)
        #expect(ratings[1].figures[.medianReactionHours] == nil)
        // Before, b was a's figures and a was b's; c had enough items then and was the best.
        #expect(ratings.map(\.previousPlace) == [3, 2, 1])
    }

    @Test("weights are read from text; an unknown part, a negative or all-zero weights are refused")
    func weights() {
        #expect(RatingWeights(text: "onTime=0.5, speed=0") == RatingWeights(onTime: 0.5, speed: 0, quality: 0.3, notOverdue: 0.15, notRedirected: 0.1))
        #expect(RatingWeights(text: "satisfaction=1") == nil)
        #expect(RatingWeights(text: "onTime=-1") == nil)
        #expect(RatingWeights(text: "onTime=0,speed=0,quality=0,notOverdue=0,notRedirected=0") == nil)
    }

    @Test("the quality score is the mean of the shares graded on the merits, satisfied and not reopened, of those measured")
    func qualityScore() {
        var tally = SliceTally()
        tally.counts.appeals = 10
        tally.counts.answered = 8
        tally.counts.reopened = 2
        #expect(SliceMeasure.qualityScore.value(of: tally) == 0.75)
        tally.counts.graded = 4
        tally.counts.substantive = 1
        tally.counts.rated = 5
        tally.counts.satisfied = 5
        // (1/4 + 5/5 + (1 − 2/8)) / 3 = 2/3
        #expect(abs(SliceMeasure.qualityScore.value(of: tally)! - 2.0 / 3) < 1e-12)
        #expect(SliceMeasure.qualityScore.value(of: SliceTally()) == nil)
    }

    @Test("every figure by hand from eleven items of two bodies: in term, median days, reaction, quality and its parts, overdue, redirects")
    func figuresFromItems() throws {
        let moscow = TimeZone(identifier: "Europe/Moscow")!
        func item(_ id: String, body: String, day: Int, answerAfter: Int?) -> Appeal {
            var appeal = Fixtures.appeal(answerAfter == nil ? .inProgress : .closed, body: body)
            appeal.id = id
            appeal.receivedAt = Timestamp.parse(String(format: "2026-11-%02dT10:00:00+03:00", day))!
            appeal.registeredAt = appeal.receivedAt
            appeal.answerDueAt = appeal.receivedAt.addingTimeInterval(30 * 86_400)
            if let answerAfter {
                // The first reaction takes as many calendar hours as the item's day number.
                appeal.reactedAt = appeal.receivedAt.addingTimeInterval(Double(day) * 3600)
                TermPolicy(timeZone: moscow).settleReaction(&appeal)
                appeal.answeredAt = appeal.receivedAt.addingTimeInterval(Double(answerAfter) * 86_400)
                appeal.answers = [Answer(text: "Ответ", authorId: "e", bodyId: body, at: appeal.answeredAt!)]
            }
            return appeal
        }
        var b1 = (1...5).map { item("b1-\($0)", body: "b1", day: $0, answerAfter: $0 == 5 ? 40 : 10) }
        b1[0].answers[0].review = AnswerReview(grade: .substantive, reason: nil, reviewerId: "c", at: Fixtures.now)
        b1[1].answers[0].review = AnswerReview(grade: .formal, reason: "Общие слова", reviewerId: "c", at: Fixtures.now)
        for index in 0..<3 { b1[index].feedback = CitizenFeedback(satisfied: index < 2, comment: nil, at: Fixtures.now) }
        b1[2].reopenCount = 1
        b1[3].redirectCount = 1
        let b2 = (1...5).map { item("b2-\($0)", body: "b2", day: 20 + $0, answerAfter: nil) }
        let rollup = Rollup(appeals: b1 + b2, timeZone: moscow, now: Timestamp.parse("2026-11-27T12:00:00+03:00")!)
        let ratings = BodyRatings.rate(BodyRatings.requests(from: from, to: to, filter: SliceFilter()).map { SliceEngine.slice($0, from: rollup) })
        let first = try #require(ratings.first { $0.bodyId == "b1" }).figures
        #expect(first.appeals == 5)
        #expect(first[.onTimeShare] == 0.8)
        // 10, 10, 10, 10 and 40 days: the nearest-rank median is 10.
        #expect(first[.medianAnswerDays] == 10)
        // In working hours from 10:00: 0 on Sunday 1.11, 2 on Monday, 3 on the shortened 3.11, 0 on the holiday
        // 4.11, 5 on Thursday; the nearest-rank median of 0, 0, 2, 3, 5 is 2.
        #expect(first[.medianReactionHours] == 2)
        #expect(first[.substantiveShare] == 0.5)
        #expect(first[.satisfactionShare] == 2.0 / 3)
        #expect(first[.reopenedShare] == 0.2)
        #expect(abs(first[.qualityScore]! - (0.5 + 2.0 / 3 + 0.8) / 3) < 1e-12)
        // The fifth answer came after its 30 days.
        #expect(first[.overdueShare] == 0.2)
        #expect(first[.redirectShare] == 0.2)
        #expect(first[.returnShare] == 0)
        // 0.3·0.8 + 0.15·(1 − 10/30) + 0.3·quality + 0.15·0.8 + 0.1·0.8
        let expected = (0.3 * 0.8 + 0.15 * (2.0 / 3) + 0.3 * (0.5 + 2.0 / 3 + 0.8) / 3 + 0.15 * 0.8 + 0.1 * 0.8) * 100
        #expect(abs(try #require(ratings.first { $0.bodyId == "b1" }?.score) - expected) < 1e-9)
        // b2 has nothing answered yet: only «not overdue» and «not redirected» are measured, both whole.
        let second = try #require(ratings.first { $0.bodyId == "b2" })
        #expect(second.score == 100)
        #expect(second.figures[.onTimeShare] == nil)
        #expect(ratings.map(\.bodyId) == ["b2", "b1"])
    }
}
