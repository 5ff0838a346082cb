import Foundation
import Testing

@testable import OtklikCore

@Suite("The rating of bodies: a weighted mean of what could be measured, places now and before")
struct BodyRatingsTests {
    let from = LocalDate(iso: "2026-11-01")!
    let to = LocalDate(iso: "2026-11-30")!

    /// Six slices by body (count, on time, median days, satisfaction, overdue, redirect), each group's value
    /// and previous value given per body.
    func slices(_ bodies: [String: [(Double?, Double?)]]) -> [Slice] {
        BodyRatings.requests(from: from, to: to, filter: SliceFilter()).enumerated().map { index, request in
            let groups = bodies.keys.sorted().compactMap { body -> Slice.Group? in
                let (value, previous) = bodies[body]![index]
                return Slice.Group(row: body, column: nil, value: value, previous: previous, appeals: 0)
            }
            return Slice(request: request, groups: groups, total: nil, previousTotal: nil, appeals: 0)
        }
    }

    @Test("scores by hand: every part measured; a part missing leaves its weight out; too few items are not ranked")
    func scores() throws {
        let ratings = BodyRatings.rate(slices([
            // appeals, on time, median days, satisfied, overdue, redirected — (now, before)
            "a": [(10, 10), (0.9, 0.5), (10, 40), (0.8, nil), (0.1, 0.5), (0, 0.25)],
            "b": [(8, 8), (0.5, 0.9), (40, 10), (nil, 0.8), (0.5, 0.1), (0.25, 0)],
            "c": [(3, 20), (1, 1), (1, 1), (1, 1), (0, 0), (0, 0)],
            "": [(50, 50), (0, 0), (0, 0), (0, 0), (1, 1), (1, 1)],
        ]))
        #expect(ratings.map(\.bodyId) == ["a", "b", "c"])
        // a: 0.35·0.9 + 0.2·(1 − 10/30) + 0.25·0.8 + 0.15·0.9 + 0.05·1 = 0.8333
        #expect(abs(try #require(ratings[0].score) - 83.333) < 0.01)
        // b: no satisfaction; (0.35·0.5 + 0.2·0 + 0.15·0.5 + 0.05·0.75) / 0.75 = 0.3833
        #expect(abs(try #require(ratings[1].score) - 38.333) < 0.01)
        #expect(ratings.map(\.place) == [1, 2, nil])
        #expect(ratings[2].score == nil)
        // Before, b was a's figures and a was b's; c had enough items then and was the best.
        #expect(ratings.map(\.previousPlace) == [3, 2, 1])
    }

    @Test("weights are read from text; an unknown part, a negative or all-zero weights are refused")
    func weights() {
        #expect(RatingWeights(text: "onTime=0.5, speed=0") == RatingWeights(onTime: 0.5, speed: 0, satisfaction: 0.25, notOverdue: 0.15, notRedirected: 0.05))
        #expect(RatingWeights(text: "quality=1") == nil)
        #expect(RatingWeights(text: "onTime=-1") == nil)
        #expect(RatingWeights(text: "onTime=0,speed=0,satisfaction=0,notOverdue=0,notRedirected=0") == nil)
    }
}
