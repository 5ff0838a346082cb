import OtklikCore

/// The rating as the API returns it: the period, the weights, each body's place, score and figures, nulls
/// written out.
struct RatingResource: Encodable {
    struct Item: Encodable {
        var bodyId: String
        var bodyName: String
        @EncodedNull var place: Int?
        @EncodedNull var previousPlace: Int?
        @EncodedNull var score: Double?
        @EncodedNull var previousScore: Double?
        var appeals: Int64
        @EncodedNull var onTimeShare: Double?
        @EncodedNull var medianAnswerDays: Double?
        @EncodedNull var satisfactionShare: Double?
        @EncodedNull var overdueShare: Double?
        @EncodedNull var redirectShare: Double?
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
            let figures = rating.figures
            return Item(
                bodyId: rating.bodyId, bodyName: bodyName(rating.bodyId), place: rating.place, previousPlace: rating.previousPlace,
                score: rating.score, previousScore: rating.previousScore, appeals: figures.appeals, onTimeShare: figures.onTimeShare,
                medianAnswerDays: figures.medianAnswerDays, satisfactionShare: figures.satisfactionShare, overdueShare: figures.overdueShare,
                redirectShare: figures.redirectShare
            )
        }
    }
}
