/// One body's line of the rating (issue 7): its figures for the period, the parts of its score (each 0…1,
/// higher is better; nil where there was nothing to measure), the score, its place and the place it had
/// in the previous period.
public struct BodyRating: Sendable, Equatable {
    /// The body's figures of one period: each of `BodyRatings.measures` that could be measured.
    public struct Figures: Sendable, Equatable {
        public var appeals: Int64
        public var values: [SliceMeasure: Double]

        public init(appeals: Int64, values: [SliceMeasure: Double]) {
            self.appeals = appeals
            self.values = values
        }

        public subscript(measure: SliceMeasure) -> Double? { values[measure] }
    }

    public var bodyId: String
    public var figures: Figures
    public var previous: Figures
    /// 0…100; nil when the body had too few items to be ranked.
    public var score: Double?
    public var previousScore: Double?
    /// 1 is the best; nil when not ranked.
    public var place: Int?
    public var previousPlace: Int?
}
