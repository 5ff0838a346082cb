import Hummingbird
import OtklikCore
import OtklikStore

/// Reference data: municipalities, bodies, the rubricator and (for administrators) users.
struct ReferenceAPI {
    let store: AppealStore

    struct TopicsResponse: Encodable {
        var blocks: [TopicBlock]
        var topics: [Topic]
    }

    func register(on group: RouterGroup<OtklikRequestContext>) {
        group.get("/municipalities") { _, _ in try JSONBody.response(try await store.references().municipalities) }
        group.get("/bodies") { _, _ in try JSONBody.response(try await store.references().bodies) }
        group.get("/topics") { _, _ in
            let rubricator = try await store.references().rubricator
            return try JSONBody.response(TopicsResponse(blocks: rubricator.blocks, topics: rubricator.topics))
        }
        group.get("/users") { _, context in
            guard try context.requireUser().role == .admin else { throw Problem.forbidden("Список пользователей доступен только администратору") }
            return try JSONBody.response(try await store.users())
        }
    }
}
