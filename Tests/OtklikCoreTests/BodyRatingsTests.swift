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
                  .redirectShare: (0, 0.25), .meanReactionHours: (5, 2)],
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
        #expect(ratings[0].figures[.meanReactionHours] == 5)
        #expect(ratings[0].previous[.meanReactionHours] == 2)
        #expect(ratings[1].figures[.meanReactionHours] == nil)
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
}
