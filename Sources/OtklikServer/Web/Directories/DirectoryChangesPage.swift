import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `/admin/changes`: the directories' change log (`DirectoryChange`) for the administrator — who changed which
/// municipality, body, topic or user when, and each changed field before and after — newest first.
struct DirectoryChangesPage {
    let pages: DirectoryPages

    struct View {
        struct Row {
            var at: String
            var actor: String
            var entity: String
            var entityId: String
            var changes: [String]
        }

        var chrome: PageChrome
        var tabs: [DirectoryView.Tab]
        var rows: [Row]
        var empty: Bool
    }

    func show(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        _ = try pages.administrator(context)
        let names = Dictionary(try await pages.store.users().map { ($0.id, $0.name) }) { first, _ in first }
        let format = WebFormat(timeZone: pages.configuration.timeZone)
        let rows = try await pages.store.directoryChanges().map { change in
            View.Row(
                at: format.dateTime(change.at) ?? "", actor: change.actorId == AppealStore.systemActor ? "система" : names[change.actorId] ?? change.actorId,
                entity: change.entity.title, entityId: change.entityId, changes: change.changes
            )
        }
        let view = View(
            chrome: try PageChrome(title: "Журнал изменений справочников", context: context),
            tabs: DirectoryPages.tabs.map { DirectoryView.Tab(link: "/admin/\($0.0)", title: $0.1, active: $0.0 == "changes") }, rows: rows,
            empty: rows.isEmpty
        )
        return pages.renderer.html("directory-changes", view)
    }
}
