import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// Public discussions in the browser (issue 9): `/public/discussions` lists them, `/public/discussions/{id}`
/// shows the published comments and, to a signed-in resident while it is open, a form whose comment waits
/// for moderation.
struct DiscussionPages {
    let desk: DiscussionDesk
    let residents: ResidentAccess
    let renderer: PageRenderer
    let configuration: ServerConfiguration

    struct ListView {
        struct Item {
            var discussion: DiscussionResource
            var period: String
        }

        var items: [Item]
        var empty: Bool
    }

    struct PageView {
        struct Comment {
            var displayName: String
            var text: String
            var at: String
        }

        var csrf: String
        var discussion: DiscussionResource
        var period: String
        var comments: [Comment]
        var noComments: Bool
        var canComment: Bool
        var needsLogin: Bool
        var loginLink: String
        var sent: Bool
        var problem: String?
        var text: String
        var displayName: String
    }

    func register(on router: Router<OtklikRequestContext>) {
        let pages = router.group("/public").add(middleware: PublicPageErrors(renderer: renderer))
        pages.get("/discussions") { _, _ in try await list() }
        pages.get("/discussions/:id") { request, context in
            try await page(request, id: context.parameters.get("id") ?? "", sent: request.uri.queryParameters.get("sent") != nil)
        }
        pages.post("/discussions/:id/comments") { request, context in try await comment(request, context) }
    }

    private var format: WebFormat { WebFormat(timeZone: configuration.timeZone) }

    private func list() async throws -> Response {
        var items: [ListView.Item] = []
        for discussion in try await desk.store.discussions() {
            items.append(ListView.Item(discussion: try await desk.resource(discussion), period: "\(format.day(discussion.opensAt) ?? "") — \(format.day(discussion.closesAt) ?? "")"))
        }
        return renderer.html("public-discussions", ListView(items: items, empty: items.isEmpty))
    }

    private func page(
        _ request: Request, id: String, sent: Bool, problem: String? = nil, text: String = "", displayName: String = "", status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let discussion = try await desk.discussion(id)
        let resource = try await desk.resource(discussion)
        let signedIn = try await residents.resident(request) != nil
        let token = PublicCSRF.token(request)
        let view = PageView(
            csrf: token, discussion: resource, period: "\(format.dateTime(discussion.opensAt) ?? "") — \(format.dateTime(discussion.closesAt) ?? "")",
            comments: resource.comments.map { PageView.Comment(displayName: $0.displayName, text: $0.text, at: format.dateTime($0.createdAt) ?? "") },
            noComments: resource.comments.isEmpty, canComment: resource.state == .open && signedIn, needsLogin: resource.state == .open && !signedIn,
            loginLink: ResidentAccess.loginPath(next: "/public/discussions/\(id)"),
            sent: sent, problem: problem, text: text, displayName: displayName
        )
        return PublicCSRF.page(renderer.html("public-discussion", view, status: status), token: token, secure: configuration.secureCookies)
    }

    private func comment(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let id = context.parameters.get("id") ?? ""
        let discussion = try await desk.discussion(id)
        let form: WebForm
        do {
            form = try await WebForm.read(request, context: context, csrf: PublicCSRF.sent(request))
        } catch {
            return try await page(request, id: id, sent: false, problem: "Форма устарела: отправьте комментарий ещё раз", status: .forbidden)
        }
        let text = form.fields["text"] ?? ""
        let name = form.fields["displayName"] ?? ""
        do {
            try await desk.comment(text, displayName: name, in: discussion, by: try await residents.resident(request), from: context.remoteAddress)
        } catch let problem as Problem {
            return try await page(
                request, id: id, sent: false, problem: problem.errors?.first?.message ?? problem.detail ?? problem.title, text: text, displayName: name,
                status: problem.status
            )
        }
        return Response.redirect(to: "/public/discussions/\(id)?sent=1", type: .normal)
    }
}
