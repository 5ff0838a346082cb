/// An earlier appeal that looks like the one checked, with why: the operator sees the suggestion and decides.
public struct SimilarAppeal: Sendable, Equatable {
    public enum Relation: String, Sendable, Equatable {
        /// The same author on the same problem again.
        case `repeat`
        /// The same problem at the same place from someone else.
        case duplicate
    }

    public var id: String
    public var relation: Relation
    /// Estimated Jaccard similarity of the texts, 0…1.
    public var textSimilarity: Double
    /// Metres between the points, when both have one.
    public var distanceMetres: Double?
    public var sameAddress: Bool
    public var sameTopic: Bool

    public init(id: String, relation: Relation, textSimilarity: Double, distanceMetres: Double?, sameAddress: Bool, sameTopic: Bool) {
        self.id = id
        self.relation = relation
        self.textSimilarity = textSimilarity
        self.distanceMetres = distanceMetres
        self.sameAddress = sameAddress
        self.sameTopic = sameTopic
    }
}
