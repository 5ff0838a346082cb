/// The rating of bodies for a period (issue 7), from the slices engine: its measures by body, each with
/// the previous period beside it, so one set of slices gives both periods' places. A body's score is the
/// weighted mean of its parts that could be measured (`RatingWeights`), times 100; bodies with fewer than
/// `minimumAppeals` items in a period are listed but not ranked in it (a score of two items says little).
public enum BodyRatings {
    /// The 59-ФЗ term (ст. 12 ч. 1): a median answer this long or longer scores 0 for speed.
    public static let termDays = 30.0
    public static let minimumAppeals: Int64 = 5

    /// What the rating shows of each body beside its items (issue 7: timeliness, speed of the first
    /// reaction and of the answer, quality, satisfaction, reopenings, overdue, redirects and returns).
    public static let measures: [SliceMeasure] = [
        .onTimeShare, .medianAnswerDays, .medianReactionHours, .qualityScore, .substantiveShare, .satisfactionShare, .reopenedShare,
        .overdueShare, .redirectShare, .returnShare,
    ]
    static let requested: [SliceMeasure] = [.count] + measures

    /// The slices to ask for, in the order `rate` reads them.
    public static func requests(from: LocalDate, to: LocalDate, filter: SliceFilter) -> [SliceRequest] {
        requested.map { SliceRequest(measure: $0, rows: .body, from: from, to: to, filter: filter) }
    }

    /// The rating from the slices `requests` asked for; items with no body yet are left out. Best first;
    /// the unranked after, by their items.
    public static func rate(_ slices: [Slice], weights: RatingWeights = .standard) -> [BodyRating] {
        var current: [String: [SliceMeasure: Double]] = [:]
        var before: [String: [SliceMeasure: Double]] = [:]
        for (measure, slice) in zip(requested, slices) {
            for group in slice.groups where !group.row.isEmpty {
                current[group.row, default: [:]][measure] = group.value
                before[group.row, default: [:]][measure] = group.previous
            }
        }
        func figures(_ values: [SliceMeasure: Double]?) -> BodyRating.Figures {
            BodyRating.Figures(appeals: Int64(values?[.count] ?? 0), values: (values ?? [:]).filter { $0.key != .count })
        }
        var ratings = current.keys.map { body in
            let now = figures(current[body]), then = figures(before[body])
            return BodyRating(
                bodyId: body, figures: now, previous: then, score: score(now, weights), previousScore: score(then, weights), place: nil,
                previousPlace: nil
            )
        }
        let previousOrder = ratings.filter { $0.previousScore != nil }.sorted { order($0.previousScore, $0.bodyId, $1.previousScore, $1.bodyId) }
        let previousPlaces = Dictionary(uniqueKeysWithValues: previousOrder.enumerated().map { ($1.bodyId, $0 + 1) })
        ratings.sort { left, right in
            switch (left.score, right.score) {
            case (.some, .some): return order(left.score, left.bodyId, right.score, right.bodyId)
            case (.some, .none): return true
            case (.none, .some): return false
            case (.none, .none): return (left.figures.appeals, right.bodyId) > (right.figures.appeals, left.bodyId)
            }
        }
        for index in ratings.indices {
            ratings[index].place = ratings[index].score == nil ? nil : index + 1
            ratings[index].previousPlace = previousPlaces[ratings[index].bodyId]
        }
        return ratings
    }

    /// The weighted mean of the measurable parts, 0…100; nil below the minimum of items or with no part.
    public static func score(_ figures: BodyRating.Figures, _ weights: RatingWeights) -> Double? {
        guard figures.appeals >= minimumAppeals else { return nil }
        let parts: [(Double, Double?)] = [
            (weights.onTime, figures[.onTimeShare]),
            (weights.speed, figures[.medianAnswerDays].map { 1 - min($0 / termDays, 1) }),
            (weights.quality, figures[.qualityScore]),
            (weights.notOverdue, figures[.overdueShare].map { 1 - $0 }),
            (weights.notRedirected, figures[.redirectShare].map { 1 - $0 }),
        ]
        let measured = parts.compactMap { weight, value in value.map { (weight, $0) } }
        let total = measured.reduce(0) { $0 + $1.0 }
        guard total > 0 else { return nil }
        return measured.reduce(0) { $0 + $1.0 * $1.1 } / total * 100
    }

    /// Higher score first; the same score by id, so places are stable.
    static func order(_ left: Double?, _ leftId: String, _ right: Double?, _ rightId: String) -> Bool {
        ((left ?? 0), rightId) > ((right ?? 0), leftId)
    }
}
