import Foundation

/// When one appeal is taken for a repeat or a duplicate of another, and when many are a campaign. The
/// definitions are issue 5's: a repeat is the same author on the same problem again (59-ФЗ ст. 11 ч. 5 speaks
/// of the same author's repeated appeals on the same question); a duplicate is the same problem (same address
/// or within the radius, same topic, similar text) from anyone; a mass campaign is many near-identical texts.
/// The thresholds were chosen on the «Наш Санкт-Петербург» candidate groups (`otklik-bench similar`).
public struct SimilarityRules: Sendable, Equatable {
    /// Two points this close are one place, in metres.
    public var radiusMetres = 30.0
    /// A duplicate is looked for among appeals received this long before.
    public var duplicateWindow: TimeInterval = 30 * 86_400
    /// A repeat is looked for among the same author's appeals received this long before.
    public var repeatWindow: TimeInterval = 365 * 86_400
    /// Estimated Jaccard similarity of the texts above which the same author's appeal is a repeat whatever
    /// its place and topic.
    public var repeatTextSimilarity = 0.5
    /// The similarity the same author's appeal needs to be a repeat at the same place on the same topic.
    public var repeatPlaceTextSimilarity = 0.1
    /// The similarity a duplicate's text needs besides the same place and topic (short texts are elliptic:
    /// «мусор во дворе» and «не вывозят мусор» are the same problem).
    public var duplicateTextSimilarity = 0.1
    /// Near-identical: a campaign's texts are at least this alike.
    public var campaignTextSimilarity = 0.8
    /// This many near-identical texts within `campaignWindow` (the new one included) make a campaign.
    public var campaignSize = 10
    public var campaignWindow: TimeInterval = 7 * 86_400
    /// Texts with fewer units are not checked for a campaign: identical short complaints («снег на дороге»)
    /// from a whole city are common, not organised.
    public var campaignMinimumUnits = 8
    /// At most this many earlier appeals are compared on each path (author, place, text), newest first, so a
    /// check stays fast even at a house that has thousands.
    public var scanLimit = 400
    /// At most this many suggestions are returned.
    public var suggestionLimit = 5

    public init() {}
}
