import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `GET /api/v1/ratings`: the rating of bodies for a period over what the user may see (`RatingsQuery`);
/// `format=csv|xlsx` downloads it.
struct RatingsAPI {
    let store: AppealStore
    let timeZone: TimeZone
    let weights: RatingWeights

    func register(on group: RouterGroup<OtklikRequestContext>) {
        group.get("/ratings") { request, context in
            let user = try context.requireUser()
            let references = try await store.references()
            let parameters = request.uri.queryParameters
            let query: RatingsQuery
            do throws(ValidationFailure) {
                query = try RatingsQuery({ parameters.get($0) }, references: references, today: LocalDate(Timestamp.now(), in: timeZone))
            } catch {
                throw Problem.invalid(error.errors)
            }
            let ratings = try await query.ratings(store, scope: user.scope, weights: weights)
            if let format = query.format { return try RatingTable.file(ratings, request: query.request, references: references).response(format) }
            return try JSONBody.response(
                RatingResource(ratings, request: query.request, weights: weights) { references.bodyName($0) ?? $0 }
            )
        }
    }
}
