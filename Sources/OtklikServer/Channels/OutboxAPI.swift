import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// The outbox for the administrator (issue 8: «a dead-letter list the administrator sees and can replay»):
/// `GET /api/v1/outbox?state=waiting|delivered|dead` (the latest 200) and `POST /api/v1/outbox/{id}/replay`,
/// which sends a dead message again from its first attempt.
struct OutboxAPI {
    let store: AppealStore

    struct ListResponse: Encodable {
        var items: [OutboxResource]
    }

    func register(on group: RouterGroup<OtklikRequestContext>) {
        group.get("/outbox") { request, context in
            try Self.requireAdmin(context)
            var reader = QueryReader { request.uri.queryParameters.get($0) }
            let state = reader.choice("state", OutboxItem.State.self)
            guard reader.errors.isEmpty else { throw Problem.invalid(reader.errors) }
            return try JSONBody.response(ListResponse(items: try await store.outbox(state).map(OutboxResource.init)))
        }
        group.post("/outbox/:id/replay") { _, context in
            try Self.requireAdmin(context)
            let id = context.parameters.get("id") ?? ""
            guard try await store.replay(id), let item = try await store.outboxItem(id: id) else {
                throw Problem.notFound("Нет недоставленного сообщения с таким идентификатором")
            }
            return try JSONBody.response(OutboxResource(item))
        }
    }

    static func requireAdmin(_ context: OtklikRequestContext) throws {
        guard try context.requireUser().role == .admin else { throw Problem.forbidden("Очередь отправки видит администратор") }
    }
}
