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

    struct Choice: Encodable, Sendable {
        var id: String
        var title: String
        var probability: Double
        /// The words of the text that weigh most for this choice.
        var words: [String]
    }

    /// The structure model's top topics and bodies; "training" while the first model is being trained.
    struct Structure: Encodable, Sendable {
        var status: String
        var modelVersion: String?
        var topics: [Choice]
        var bodies: [Choice]
    }

    /// The municipality the address or the text names, by the words that named it; or else the one nearest its point.
    struct Place: Encodable, Sendable {
        var id: String
        var title: String
        var words: [String]
        /// Found by the point (`NearestMunicipality`): how far the point is from the municipality's centre.
        var distanceMetres: Double?
    }

    /// "ready", or "building" while the similarity index is first filled after a start.
    var similarity: String
    var indexed: Int?
    var total: Int?
    var flags: [Flag]
    var structure: Structure
    var municipality: Place?
    var matches: [Match]
    var campaign: Campaign?

    /// The model's suggestion itself, for pre-filling the forms.
    private(set) var suggestion: StructureSuggestion?

    private enum CodingKeys: String, CodingKey {
        case similarity, indexed, total, flags, structure, municipality, matches, campaign
    }

    private static let flagger = TextFlagger()
    private static let shingles = TextShingles()

    /// The suggestions for an appeal the user can see; matches outside the user's scope are left out.
    static func make(for appeal: Appeal, user: User, store: AppealStore) async throws -> AppealSuggestions {
        let flags = flagger.flags(appeal.text).map { Flag(flag: $0.flag.rawValue, title: $0.flag.title, urgent: $0.flag.isUrgent, words: $0.words) }
        let references = try await store.references()
        let suggestion = await store.structureModel()?.suggest(appeal.text)
        func choices(_ list: [StructureSuggestion.Choice], _ title: (String?) -> String?) -> [Choice] {
            list.map { Choice(id: $0.id, title: title($0.id) ?? $0.id, probability: $0.probability, words: $0.words) }
        }
        let structure = Structure(
            status: suggestion == nil ? "training" : "ready", modelVersion: suggestion?.modelVersion,
            topics: choices(suggestion?.topics ?? [], references.topicName), bodies: choices(suggestion?.bodies ?? [], references.bodyName)
        )
        // The address first: a text may name other places («как в Ростове»).
        let finder = try await store.municipalityFinder()
        let named = (finder.find(appeal.address ?? "") ?? finder.find(appeal.text)).map {
            Place(id: $0.municipalityId, title: references.municipalityName($0.municipalityId) ?? $0.name, words: $0.words)
        }
        // Where no place is named, the point may tell: the nearest municipal centre.
        let near = appeal.point.flatMap { NearestMunicipality.find($0, in: references.municipalities) }.map {
            Place(id: $0.municipality.oktmo, title: $0.municipality.name, words: [], distanceMetres: ($0.metres).rounded())
        }
        var suggestions = AppealSuggestions(
            similarity: "ready", flags: flags, structure: structure,
            municipality: named ?? near,
            matches: [], suggestion: suggestion
        )
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
