import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `/admin/outbox`: the administrator's view of what goes out through the channels (issue 8: «a dead-letter
/// list the administrator sees and can replay») — the undelivered first, with the last error; «Отправить
/// снова» sends one again from its first attempt.
struct OutboxPage {
    let pages: DirectoryPages

    static let states: [(OutboxItem.State, String)] = [(.dead, "Не доставлено"), (.waiting, "Ожидают отправки"), (.delivered, "Доставлено")]

    func show(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        _ = try pages.administrator(context)
        let parameters = request.uri.queryParameters
        let state = parameters.get("state").flatMap(OutboxItem.State.init(rawValue:)) ?? .dead
        let format = WebFormat(timeZone: pages.configuration.timeZone)
        let rows = try await pages.store.outbox(state).map { item in
            OutboxView.Row(
                id: item.id, createdAt: format.dateTime(item.createdAt) ?? "", channel: item.channel.title, recipient: item.recipient,
                kind: item.message.kind.title, text: String(item.message.shownText.prefix(160)) + (item.message.shownText.count > 160 ? "…" : ""),
                attempts: item.attempts, lastError: item.lastError,
                when: item.state == .waiting ? format.dateTime(item.nextAttemptAt) : format.dateTime(item.deliveredAt ?? item.deadAt),
                appealLink: item.appealId.map { "/appeals/\($0)" }, replayable: item.state == .dead
            )
        }
        let view = OutboxView(
            chrome: try PageChrome(title: "Очередь отправки", context: context),
            tabs: DirectoryPages.tabs.map { DirectoryView.Tab(link: "/admin/\($0.0)", title: $0.1, active: $0.0 == "outbox") },
            states: Self.states.map { OutboxView.State(link: "/admin/outbox?state=\($0.0.rawValue)", title: $0.1, active: $0.0 == state) },
            rows: rows, hasRows: !rows.isEmpty,
            notice: parameters.get("replayed") != nil ? "Сообщение снова в очереди: оно уйдёт при следующей отправке" : nil,
            alert: parameters.get("missing") != nil ? "Это сообщение уже не в списке недоставленных" : nil
        )
        return pages.renderer.html("outbox", view)
    }

    func replay(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        _ = try await pages.form(request, context)
        let id = context.parameters.get("id") ?? ""
        let replayed = try await pages.store.replay(id)
        return .redirect(to: replayed ? "/admin/outbox?state=waiting&replayed=1" : "/admin/outbox?missing=1", type: .normal)
    }
}
