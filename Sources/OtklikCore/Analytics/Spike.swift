/// A topic block growing unusually in a municipality (`SpikeRule`): the last week's items against the
/// weeks before it.
public struct Spike: Sendable, Equatable {
    public var municipalityId: String
    public var blockId: String
    /// Items received in the week looked at.
    public var count: Int64
    /// The median of the weeks before it.
    public var baseline: Double
    /// The modified z-score: how far above the baseline, in robust deviations.
    public var score: Double
    /// The weekly counts before it, the oldest first.
    public var history: [Int64]
}
