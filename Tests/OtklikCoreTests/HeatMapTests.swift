import Foundation
import Testing

@testable import OtklikCore

@Suite("The heat map: a value per municipality and block, coloured from the best to the worst on the map")
struct HeatMapTests {
    func slice(_ groups: [(String, String, Double?, Double?, Int64)]) -> Slice {
        Slice(
            request: SliceRequest(measure: .count, rows: .municipality, columns: .block, from: LocalDate(iso: "2026-11-01")!, to: LocalDate(iso: "2026-11-30")!),
            groups: groups.map { Slice.Group(row: $0.0, column: $0.1, value: $0.2, previous: $0.3, appeals: $0.4) }, total: nil,
            previousTotal: nil, appeals: 0
        )
    }

    @Test("per 10,000 residents: a small town with the same count is darker; a cell with no items is 0, not missing")
    func perCapita() {
        let map = HeatMap(
            measure: .perCapita, slice: slice([("city", "roads", 100, nil, 100), ("town", "roads", 100, nil, 100)]),
            municipalityIds: ["city", "town"], blockIds: ["roads", "gkh"], populations: ["city": 1_000_000, "town": 20_000]
        )
        #expect(map.rows[0][0].value == 1)
        #expect(map.rows[1][0].value == 50)
        #expect(map.rows[1][0].level == HeatMap.levels)
        #expect(map.rows[0][0].level == 1)
        #expect(map.rows[0][1].value == 0)
        #expect(map.rows[0][1].appeals == 0)
    }

    @Test("growth needs a previous figure; satisfaction colours the lowest share darkest")
    func growthAndSatisfaction() {
        let growth = HeatMap(
            measure: .growth, slice: slice([("a", "roads", 30, 10, 30), ("b", "roads", 5, nil, 5)]), municipalityIds: ["a", "b"],
            blockIds: ["roads"], populations: [:]
        )
        #expect(growth.rows[0][0].value == 2)
        #expect(growth.rows[1][0].value == nil)
        #expect(growth.rows[1][0].level == 0)
        let satisfaction = HeatMap(
            measure: .satisfaction, slice: slice([("a", "roads", 0.9, nil, 10), ("b", "roads", 0.3, nil, 10)]), municipalityIds: ["a", "b"],
            blockIds: ["roads"], populations: [:]
        )
        #expect(satisfaction.rows[0][0].level == 1)
        #expect(satisfaction.rows[1][0].level == HeatMap.levels)
    }
}
