import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `/notifications`: the term alerts that reach the signed-in user (issue 4: «in-app notifications»), newest
/// first, the unread marked, each leading to its item; one can be marked read, or all at once. The header of
/// every page shows how many are unread.
struct NotificationsPage {
    let store: AppealStore
    let configuration: ServerConfiguration
    let renderer: PageRenderer

    struct View {
        struct Row {
            var id: String
            var text: String
            var kind: String
            var escalation: Bool
            var at: String
            var link: String
            var unread: Bool
        }

        var chrome: PageChrome
        var rows: [Row]
        var empty: Bool
        var hasUnread: Bool
        var unreadOnly: Bool
        var notice: String?
    }

    static let kindTitles: [TermAlert.Kind: String] = [.reminder: "Скоро срок", .escalation: "Просрочено"]

    func register(on pages: RouterGroup<OtklikRequestContext>) {
        pages.get("/notifications") { request, context in try await show(request, context) }
        pages.post("/notifications/read") { request, context in try await readAll(request, context) }
        pages.post("/notifications/:id/read") { request, context in try await read(request, context) }
    }

    private func show(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let parameters = request.uri.queryParameters
        let unreadOnly = parameters.get("unread") == "1"
        let format = WebFormat(timeZone: configuration.timeZone)
        let rows = try await store.notifications(for: user, unreadOnly: unreadOnly, limit: 200).map { alert in
            View.Row(
                id: alert.id, text: alert.text, kind: Self.kindTitles[alert.kind] ?? "", escalation: alert.kind == .escalation,
                at: format.dateTime(alert.createdAt) ?? "", link: "/appeals/\(alert.appealId)", unread: alert.readAt == nil
            )
        }
        let marked = parameters.get("marked").flatMap(Int.init)
        let view = View(
            chrome: try PageChrome(title: "Уведомления", context: context), rows: rows, empty: rows.isEmpty,
            hasUnread: context.unreadAlerts > 0, unreadOnly: unreadOnly,
            notice: marked.map { $0 == 1 ? "Уведомление отмечено прочитанным" : "Отмечено прочитанными: \($0)" }
        )
        return renderer.html("notifications", view)
    }

    private func read(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        _ = try await WebForm.read(request, context: context)
        let marked = try await store.markNotificationRead(id: context.parameters.get("id") ?? "", by: try context.requireUser())
        return .redirect(to: "/notifications?marked=\(marked ? 1 : 0)", type: .normal)
    }

    private func readAll(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        _ = try await WebForm.read(request, context: context)
        let marked = try await store.markAllNotificationsRead(by: try context.requireUser())
        return .redirect(to: "/notifications?marked=\(marked)", type: .normal)
    }
}
