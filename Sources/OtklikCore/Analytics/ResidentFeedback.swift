/// Residents' feedback on a place and a topic in a period (issue 9: polls, votes and discussions «feed the heat
/// map as feedback»; Регламент МЦУ: «выявление проблемных точек и определение приоритетов по вынесению вопросов
/// для опросов и голосований»): the ballots cast in a poll and the comments published in a discussion. A poll or
/// a discussion for the whole region has no municipality and is left off the map.
public struct ResidentFeedback: Sendable, Equatable {
    public var municipalityId: String?
    public var topicId: String?
    public var ballots: Int
    public var comments: Int

    public init(municipalityId: String?, topicId: String?, ballots: Int = 0, comments: Int = 0) {
        self.municipalityId = municipalityId
        self.topicId = topicId
        self.ballots = ballots
        self.comments = comments
    }

    /// The feedback as the heat map's slice of municipalities by blocks: each group's value is its ballots and
    /// comments, `appeals` the same count (what a cell's tooltip reports), the previous period left empty.
    public static func slice(_ feedback: [ResidentFeedback], request: SliceRequest, rubricator: Rubricator) -> Slice {
        var counts: [String: (municipality: String, block: String, count: Int64)] = [:]
        for item in feedback {
            guard let municipality = item.municipalityId, let block = item.topicId.flatMap({ rubricator.topic($0)?.blockId }) else { continue }
            let key = municipality + "\u{1F}" + block
            counts[key, default: (municipality, block, 0)].count += Int64(item.ballots + item.comments)
        }
        let groups = counts.values.sorted { ($0.municipality, $0.block) < ($1.municipality, $1.block) }.map {
            Slice.Group(row: $0.municipality, column: $0.block, value: Double($0.count), previous: nil, appeals: $0.count)
        }
        let total = groups.reduce(Int64(0)) { $0 + $1.appeals }
        return Slice(request: request, groups: groups, total: Double(total), previousTotal: nil, appeals: total)
    }
}
