import OtklikCore

/// The rating as the API returns it: the period, the weights, each body's place, score and figures, nulls
/// written out. Each figure is named after its measure in camel case (`on_time_share` → `onTimeShare`).
struct RatingResource: Encodable {
    struct Item: Encodable {
        var bodyId: String
        var bodyName: String
        var place: Int?
        var previousPlace: Int?
        var score: Double?
        var previousScore: Double?
        var appeals: Int64
        var figures: BodyRating.Figures

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(bodyId, forKey: Key(stringValue: "bodyId"))
            try container.encode(bodyName, forKey: Key(stringValue: "bodyName"))
            for (name, value) in [("place", place), ("previousPlace", previousPlace)] { try container.encode(value, forKey: Key(stringValue: name)) }
            for (name, value) in [("score", score), ("previousScore", previousScore)] { try container.encode(value, forKey: Key(stringValue: name)) }
            try container.encode(appeals, forKey: Key(stringValue: "appeals"))
            for measure in BodyRatings.measures {
                try container.encode(figures[measure], forKey: Key(stringValue: RatingResource.name(measure)))
            }
        }
    }

    var from: String
    var to: String
    var previousFrom: String
    var previousTo: String
    var weights: RatingWeights
    var minimumAppeals: Int64
    var items: [Item]

    init(_ ratings: [BodyRating], request: SliceRequest, weights: RatingWeights, bodyName: (String) -> String) {
        from = request.from.iso
        to = request.to.iso
        previousFrom = request.previousFrom.iso
        previousTo = request.previousTo.iso
        self.weights = weights
        minimumAppeals = BodyRatings.minimumAppeals
        items = ratings.map { rating in
            Item(
                bodyId: rating.bodyId, bodyName: bodyName(rating.bodyId), place: rating.place, previousPlace: rating.previousPlace,
                score: rating.score, previousScore: rating.previousScore, appeals: rating.figures.appeals, figures: rating.figures
            )
        }
    }

    /// A measure's name in the API's camel case.
    static func name(_ measure: SliceMeasure) -> String {
        let words = measure.rawValue.split(separator: "_")
        return String(words[0]) + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
