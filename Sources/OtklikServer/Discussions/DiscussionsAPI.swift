import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// Discussions over the API (issue 9). The centre: `POST /api/v1/discussions`, the moderation queue
/// `GET /api/v1/moderation` and `POST /api/v1/moderation/{id}` (`{"publish": true|false, "reason": …}`).
/// Residents: `GET /api/v1/public/discussions`, `GET /api/v1/public/discussions/{id}` (published comments),
/// `POST /api/v1/public/discussions/{id}/comments` with the resident's bearer token (202: waits for moderation).
struct DiscussionsAPI {
    let desk: DiscussionDesk
    let residents: ResidentAccess

    struct CreateRequest: Decodable {
        var title: String
        var description: String?
        var municipalityId: String?
        var topicId: String?
        var opensAt: Date
        var closesAt: Date
    }

    struct CommentRequest: Decodable {
        var text: String
        var displayName: String?
    }

    struct DecisionRequest: Decodable {
        var publish: Bool
        var reason: String?
    }

    struct QueueItem: Encodable {
        var id: String
        var discussionId: String
        var displayName: String
        var text: String
        var flags: [String]
        var spamScore: Double
        var status: CommentStatus
        var createdAt: Date
    }

    struct ListResponse<Item: Encodable>: Encodable {
        var items: [Item]
    }

    struct Accepted: Encodable {
        var status: CommentStatus
        var message: String
    }

    func register(on router: Router<OtklikRequestContext>, staff: RouterGroup<OtklikRequestContext>) {
        staff.post("/discussions") { request, context in
            let body = try await JSONBody.decode(CreateRequest.self, from: request, context: context)
            let discussion = Discussion(
                id: UUID().uuidString.lowercased(), title: body.title, description: body.description, municipalityId: body.municipalityId,
                topicId: body.topicId, opensAt: body.opensAt, closesAt: body.closesAt, createdAt: Timestamp.now()
            )
            try await desk.create(discussion, by: try context.requireUser())
            return try JSONBody.response(try await desk.resource(discussion), status: .created)
        }
        staff.get("/moderation") { _, context in
            guard try context.requireUser().role.takesIn else { throw Problem.forbidden("Очередь модерации видят сотрудники центра") }
            return try JSONBody.response(ListResponse(items: try await desk.store.moderationQueue().map(Self.item)))
        }
        staff.post("/moderation/:id") { request, context in
            let body = try await JSONBody.decode(DecisionRequest.self, from: request, context: context)
            let comment = try await desk.moderate(context.parameters.get("id") ?? "", publish: body.publish, reason: body.reason, by: try context.requireUser())
            return try JSONBody.response(Self.item(comment))
        }
        router.get("/api/v1/public/discussions") { _, _ in
            var items: [DiscussionResource] = []
            for discussion in try await desk.store.discussions() { items.append(try await desk.resource(discussion)) }
            return try JSONBody.response(ListResponse(items: items))
        }
        router.get("/api/v1/public/discussions/:id") { _, context in
            try JSONBody.response(try await desk.resource(try await desk.discussion(context.parameters.get("id") ?? "")))
        }
        router.post("/api/v1/public/discussions/:id/comments") { request, context in
            let discussion = try await desk.discussion(context.parameters.get("id") ?? "")
            let resident = try await residents.resident(request)
            let body = try await JSONBody.decode(CommentRequest.self, from: request, context: context)
            try await desk.comment(body.text, displayName: body.displayName, in: discussion, by: resident, from: context.remoteAddress)
            return try JSONBody.response(Accepted(status: .pending, message: "Комментарий отправлен на модерацию"), status: .accepted)
        }
    }

    static func item(_ comment: DiscussionComment) -> QueueItem {
        QueueItem(
            id: comment.id, discussionId: comment.discussionId, displayName: comment.displayName, text: comment.text, flags: comment.flags,
            spamScore: comment.spamScore, status: comment.status, createdAt: comment.createdAt
        )
    }
}
