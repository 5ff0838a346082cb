import OtklikCore
import OtklikStore

/// The rating's parameters, for the API and the page alike: the period and filters as for slices
/// (`SliceQuery`: `from`, `to`, `municipality`, `block`, `channel`, `kind`), and `format`.
struct RatingsQuery {
    static let names: Set<String> = ["from", "to", "municipality", "block", "channel", "kind"]

    var request: SliceRequest
    var format: ExportFormat?

    init(_ value: @escaping (String) -> String?, references: ReferenceData, today: LocalDate) throws(ValidationFailure) {
        var reader = QueryReader(value)
        format = ExportFormat.read(&reader)
        let query: SliceQuery
        do {
            query = try SliceQuery.limited(to: Self.names, value, references: references, today: today)
        } catch {
            throw ValidationFailure(reader.errors + error.errors)
        }
        guard reader.errors.isEmpty else { throw ValidationFailure(reader.errors) }
        request = query.request
    }

    /// The rating over what `scope` may see.
    func ratings(_ store: AppealStore, scope: Scope, weights: RatingWeights) async throws -> [BodyRating] {
        BodyRatings.rate(
            try await store.slices(BodyRatings.requests(from: request.from, to: request.to, filter: request.filter), visibleTo: scope), weights: weights
        )
    }
}
