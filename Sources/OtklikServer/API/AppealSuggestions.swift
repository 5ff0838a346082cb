import OtklikCore
import OtklikStore

/// What Otklik suggests about an appeal, for the card and for `GET /api/v1/appeals/{id}/suggestions`:
/// its urgency and tone flags and the earlier appeals it may repeat or duplicate, each with its reasons.
/// Suggestions only: linking or merging stays an operator's action.
struct AppealSuggestions: Encodable, Sendable {
    struct Flag: Encodable, Sendable {
        var flag: String
        var title: String
        var urgent: Bool
        var words: [String]
    }

    struct Match: Encodable, Sendable {
        var id: String
        var number: String
        var relation: String
        var textSimilarity: Double
        var distanceMetres: Double?
        var sameAddress: Bool
        var sameTopicBlock: Bool
        /// Stems both texts share: why they look alike.
        var sharedWords: [String]
        var excerpt: String
    }

    struct Campaign: Encodable, Sendable {
        var size: Int
        var examples: [String]
    }

    /// "ready", or "building" while the similarity index is first filled after a start.
    var similarity: String
    var indexed: Int?
    var total: Int?
    var flags: [Flag]
    var matches: [Match]
    var campaign: Campaign?

    private static let flagger = TextFlagger()
    private static let shingles = TextShingles()

    /// The suggestions for an appeal the user can see; matches outside the user's scope are left out.
    static func make(for appeal: Appeal, user: User, store: AppealStore) async throws -> AppealSuggestions {
        let flags = flagger.flags(appeal.text).map { Flag(flag: $0.flag.rawValue, title: $0.flag.title, urgent: $0.flag.isUrgent, words: $0.words) }
        var suggestions = AppealSuggestions(similarity: "ready", flags: flags, matches: [])
        switch try await store.similar(to: appeal) {
        case .building(let indexed, let total):
            suggestions.similarity = "building"
            suggestions.indexed = indexed
            suggestions.total = total
        case .ready(let check):
            for match in check.matches {
                guard let other = try await store.appeal(id: match.id, visibleTo: user.scope) else { continue }
                suggestions.matches.append(
                    Match(
                        id: other.id, number: other.number, relation: match.relation.rawValue, textSimilarity: match.textSimilarity,
                        distanceMetres: match.distanceMetres, sameAddress: match.sameAddress, sameTopicBlock: match.sameTopic,
                        sharedWords: shingles.sharedStems(appeal.text, other.text), excerpt: String(other.text.prefix(200))
                    )
                )
            }
            suggestions.campaign = check.campaignSize.map { Campaign(size: $0, examples: check.campaignExamples) }
        }
        return suggestions
    }
}
