import Foundation
import Testing

@testable import OtklikCore

@Suite("Residents' feedback on the heat map: ballots and published comments by municipality and block")
struct ResidentFeedbackTests {
    let request = SliceRequest(measure: .count, rows: .municipality, columns: .block, from: LocalDate(iso: "2026-11-01")!, to: LocalDate(iso: "2026-11-30")!)

    @Test("a poll's ballots and a discussion's comments on the same place and block add up; a region-wide poll and a topic-less one stay off the map")
    func groups() {
        let feedback = [
            ResidentFeedback(municipalityId: "60701000", topicId: "roads.repair", ballots: 12),
            ResidentFeedback(municipalityId: "60701000", topicId: "roads.winter", comments: 3),
            ResidentFeedback(municipalityId: "60657000", topicId: "roads.repair", ballots: 2),
            ResidentFeedback(municipalityId: nil, topicId: "roads.repair", ballots: 500),
            ResidentFeedback(municipalityId: "60657000", topicId: nil, comments: 40),
        ]
        let slice = ResidentFeedback.slice(feedback, request: request, rubricator: .default)
        #expect(slice.groups.map { "\($0.row)/\($0.column ?? "")=\($0.appeals)" } == ["60657000/roads=2", "60701000/roads=15"])
        #expect(slice.groups.map(\.value) == [2, 15])
        #expect(slice.appeals == 17)
    }

    @Test("on the heat map the feedback is counted per 10 000 residents, the busiest place darkest")
    func onTheMap() {
        let feedback = [
            ResidentFeedback(municipalityId: "a", topicId: "roads.repair", ballots: 10),
            ResidentFeedback(municipalityId: "b", topicId: "roads.repair", ballots: 10),
        ]
        let slice = ResidentFeedback.slice(feedback, request: request, rubricator: .default)
        let map = HeatMap(measure: .feedback, slice: slice, municipalityIds: ["a", "b"], blockIds: ["roads"], populations: ["a": 10_000, "b": 100_000])
        #expect(map.rows.map { $0[0].value } == [10, 1])
        #expect(map.rows.map { $0[0].level } == [HeatMap.levels, 1])
    }
}
