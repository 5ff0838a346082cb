import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `/moderation`: the centre's queue of residents' comments (issue 9), oldest first, each with what screening
/// found (offensive words, contacts, links, spam) and two buttons: publish or reject with a reason.
struct ModerationPage {
    let desk: DiscussionDesk
    let configuration: ServerConfiguration
    let renderer: PageRenderer

    struct View {
        struct Row {
            var id: String
            var discussion: String
            var displayName: String
            var text: String
            var flags: [String]
            var hasFlags: Bool
            var spam: String
            var at: String
        }

        var chrome: PageChrome
        var rows: [Row]
        var empty: Bool
        var notice: String?
        var alert: String?
    }

    func register(on pages: RouterGroup<OtklikRequestContext>) {
        pages.get("/moderation") { request, context in try await show(request, context) }
        pages.post("/moderation/:id") { request, context in try await decide(request, context) }
    }

    private func show(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        guard try context.requireUser().role.takesIn else { throw Problem.forbidden("Очередь модерации видят сотрудники центра") }
        let format = WebFormat(timeZone: configuration.timeZone)
        var titles: [String: String] = [:]
        for discussion in try await desk.store.discussions() { titles[discussion.id] = discussion.title }
        let rows = try await desk.store.moderationQueue().map { comment in
            View.Row(
                id: comment.id, discussion: titles[comment.discussionId] ?? "", displayName: comment.displayName, text: comment.text, flags: comment.flags,
                hasFlags: !comment.flags.isEmpty, spam: String(format: "%.0f %%", comment.spamScore * 100), at: format.dateTime(comment.createdAt) ?? ""
            )
        }
        let parameters = request.uri.queryParameters
        let view = View(
            chrome: try PageChrome(title: "Модерация", context: context), rows: rows, empty: rows.isEmpty,
            notice: parameters.get("done").map { $0 == "published" ? "Комментарий опубликован" : "Комментарий отклонён" },
            alert: parameters.get("missing") != nil ? "Решение по этому комментарию уже принято" : nil
        )
        return renderer.html("moderation", view)
    }

    private func decide(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let form = try await WebForm.read(request, context: context)
        let publish = form["decision"] == "publish"
        do {
            _ = try await desk.moderate(context.parameters.get("id") ?? "", publish: publish, reason: form["reason"], by: try context.requireUser())
        } catch let problem as Problem where problem.status == .conflict {
            return .redirect(to: "/moderation?missing=1", type: .normal)
        }
        return .redirect(to: "/moderation?done=" + (publish ? "published" : "rejected"), type: .normal)
    }
}
