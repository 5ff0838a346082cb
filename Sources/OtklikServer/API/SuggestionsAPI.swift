import Hummingbird
import OtklikStore

/// `GET /api/v1/appeals/{id}/suggestions`: flags and likely repeats and duplicates of an appeal in the
/// user's scope (404 outside it, as for the appeal itself).
struct SuggestionsAPI {
    let store: AppealStore

    func register(on group: RouterGroup<OtklikRequestContext>) {
        group.get("/appeals/:id/suggestions") { _, context in
            let user = try context.requireUser()
            guard let appeal = try await store.appeal(id: context.parameters.get("id") ?? "", visibleTo: user.scope) else {
                throw Problem.notFound()
            }
            return try JSONBody.response(try await AppealSuggestions.make(for: appeal, user: user, store: store))
        }
    }
}
