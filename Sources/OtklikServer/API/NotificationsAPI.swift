import Hummingbird
import OtklikCore
import OtklikStore

/// `/api/v1/notifications`: the term alerts that reach the current user (their own, their body's,
/// their blocks', the centre's), and marking one read.
struct NotificationsAPI {
    let store: AppealStore

    struct ListResponse: Encodable {
        var items: [Notification]
    }

    func register(on group: RouterGroup<OtklikRequestContext>) {
        group.get("/notifications") { request, context in
            let user = try context.requireUser()
            let unread: Bool
            switch request.uri.queryParameters.get("unread") {
            case nil, "", "false": unread = false
            case "true": unread = true
            default: throw Problem.invalid([FieldError(field: "unread", message: "Ожидается true или false")])
            }
            return try JSONBody.response(ListResponse(items: try await store.notifications(for: user, unreadOnly: unread)))
        }
        group.post("/notifications/:id/read") { _, context in
            let user = try context.requireUser()
            guard try await store.markNotificationRead(id: context.parameters.get("id") ?? "", by: user) else {
                throw Problem.notFound("Такого непрочитанного уведомления нет или оно адресовано не вам")
            }
            return Response(status: .noContent)
        }
    }
}
