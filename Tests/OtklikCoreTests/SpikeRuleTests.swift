import Foundation
import Testing

@testable import OtklikCore

@Suite("Spikes: a block's week in a municipality against its own weeks before, by median and MAD")
struct SpikeRuleTests {
    let rule = SpikeRule.standard

    func week(_ counts: [String: Double]) -> Slice {
        Slice(
            request: SliceRequest(measure: .count, rows: .municipality, columns: .block, from: LocalDate(iso: "2026-11-20")!, to: LocalDate(iso: "2026-11-26")!),
            groups: counts.map { place, count in
                let parts = place.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                return Slice.Group(row: parts[0], column: parts[1], value: count, previous: nil, appeals: Int64(count))
            }, total: nil, previousTotal: nil, appeals: 0
        )
    }

    @Test("a steady block tripling in a week is a spike; the same block rising within its usual spread is not")
    func tripling() throws {
        let history = [8.0, 12, 10, 9, 11, 10, 12, 8, 10, 11, 9, 10].map { week(["city/roads": $0]) }
        let spikes = rule.spikes(current: week(["city/roads": 30]), history: history)
        let spike = try #require(spikes.first)
        #expect(spike.municipalityId == "city" && spike.blockId == "roads")
        #expect(spike.count == 30 && spike.baseline == 10)
        #expect(spike.history.count == 12)
        // MAD of the history is 1: z = 0.6745 · 20 / 1.
        #expect(abs(spike.score - 13.49) < 0.01)
        #expect(rule.spikes(current: week(["city/roads": 13]), history: history).isEmpty)
    }

    @Test("after weeks of nothing, fewer items than the minimum are noise; one more than a few is a spike")
    func fromNothing() {
        let history = Array(repeating: week([:]), count: 12)
        #expect(rule.spikes(current: week(["town/gkh": 4]), history: history).isEmpty)
        // MAD 0 is floored at 1: z = 0.6745 · 6 = 4.05 > 3.5.
        #expect(rule.spikes(current: week(["town/gkh": 6]), history: history).map(\.count) == [6])
    }

    @Test("one past surge does not raise the baseline, so the next surge is still seen")
    func pastSurgeIgnored() {
        let history = [3.0, 4, 3, 40, 3, 2, 3, 4, 3, 3, 2, 3].map { week(["city/eco": $0]) }
        let spikes = rule.spikes(current: week(["city/eco": 20]), history: history)
        #expect(spikes.map(\.baseline) == [3])
    }

    @Test("the most unusual spike comes first; a place without history scores against zeros")
    func order() {
        let history = Array(repeating: week(["a/roads": 10, "b/roads": 10]), count: 12)
        let spikes = rule.spikes(current: week(["a/roads": 20, "b/roads": 40, "c/roads": 9]), history: history)
        #expect(spikes.map(\.municipalityId) == ["b", "a", "c"])
        #expect(rule.score(5, history: []) == nil)
    }

    @Test("items not yet placed in a municipality and a block are no place's spike")
    func unplaced() {
        let history = Array(repeating: week([:]), count: 12)
        #expect(rule.spikes(current: week(["/": 40, "city/": 40, "/roads": 40]), history: history).isEmpty)
    }
}
