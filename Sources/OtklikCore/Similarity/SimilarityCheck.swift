/// The outcome of checking an appeal against the index: suggested links, best first, and whether its text
/// belongs to a mass campaign.
public struct SimilarityCheck: Sendable, Equatable {
    public var matches: [SimilarAppeal]
    /// How many near-identical texts (the checked one included) came within the campaign window, when that
    /// makes a campaign; the count stops at the scan limit.
    public var campaignSize: Int?
    /// A few of the campaign's earlier appeals, newest first.
    public var campaignExamples: [String]

    public init(matches: [SimilarAppeal] = [], campaignSize: Int? = nil, campaignExamples: [String] = []) {
        self.matches = matches
        self.campaignSize = campaignSize
        self.campaignExamples = campaignExamples
    }
}
