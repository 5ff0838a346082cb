import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `/admin/…`: the administrator's directories — municipalities, bodies, the rubricator, users and roles —
/// and the outbox (`OutboxPage`). Every change is checked (`DirectoryCheck`, `Accounts`) before it is saved;
/// nothing is deleted.
struct DirectoryPages {
    let store: AppealStore
    let configuration: ServerConfiguration
    let renderer: PageRenderer

    static let tabs = [
        ("municipalities", "Муниципальные образования"), ("bodies", "Органы"), ("topics", "Рубрикатор"), ("users", "Пользователи и роли"),
        ("calendar", "Производственный календарь"), ("outbox", "Очередь отправки"), ("changes", "Журнал изменений"),
    ]

    func register(on pages: RouterGroup<OtklikRequestContext>) {
        pages.get("/admin") { _, _ in Response.redirect(to: "/admin/municipalities", type: .found) }
        let municipalities = MunicipalityDirectory(pages: self)
        pages.get("/admin/municipalities") { request, context in try await municipalities.show(request, context) }
        pages.post("/admin/municipalities") { request, context in try await municipalities.save(request, context) }
        pages.post("/admin/municipalities/places") { request, context in try await municipalities.importPlaces(request, context) }
        let bodies = BodyDirectory(pages: self)
        pages.get("/admin/bodies") { request, context in try await bodies.show(request, context) }
        pages.post("/admin/bodies") { request, context in try await bodies.save(request, context) }
        let rubricator = RubricatorDirectory(pages: self)
        pages.get("/admin/topics") { request, context in try await rubricator.show(request, context) }
        pages.post("/admin/topics") { request, context in try await rubricator.save(request, context) }
        let users = UserDirectory(pages: self)
        pages.get("/admin/users") { request, context in try await users.show(request, context) }
        pages.post("/admin/users") { request, context in try await users.save(request, context) }
        pages.post("/admin/users/:id/block") { request, context in try await users.toggle(request, context, blocked: true) }
        pages.post("/admin/users/:id/unblock") { request, context in try await users.toggle(request, context, blocked: false) }
        let outbox = OutboxPage(pages: self)
        let changes = DirectoryChangesPage(pages: self)
        pages.get("/admin/changes") { request, context in try await changes.show(request, context) }
        let calendar = CalendarDirectory(pages: self)
        pages.get("/admin/calendar") { request, context in try await calendar.show(request, context) }
        pages.post("/admin/calendar") { request, context in try await calendar.load(request, context) }
        pages.get("/admin/outbox") { request, context in try await outbox.show(request, context) }
        pages.post("/admin/outbox/:id/replay") { request, context in try await outbox.replay(request, context) }
    }

    /// The administrator behind the request; anyone else is refused.
    func administrator(_ context: OtklikRequestContext) throws -> User {
        let user = try context.requireUser()
        guard user.role == .admin else { throw Problem.forbidden("Справочники ведёт администратор") }
        return user
    }

    /// A submitted directory form, its CSRF token checked, from the administrator only.
    func form(_ request: Request, _ context: OtklikRequestContext) async throws -> WebForm {
        _ = try administrator(context)
        return try await WebForm.read(request, context: context)
    }

    func render(
        _ template: String, tab: String, title: String, context: OtklikRequestContext, rows: [DirectoryView.Row],
        values: [String: String], errors: [FieldError] = [], choices: [String: [DirectoryView.Choice]], notice: String? = nil
    ) throws -> Response {
        _ = try administrator(context)
        var fieldErrors: [String: String] = [:]
        for error in errors where fieldErrors[error.field] == nil { fieldErrors[error.field] = error.message }
        let view = DirectoryView(
            chrome: try PageChrome(title: title, context: context),
            tabs: Self.tabs.map { DirectoryView.Tab(link: "/admin/\($0.0)", title: $0.1, active: $0.0 == tab) },
            rows: rows, values: values, errors: fieldErrors, choices: choices, editing: values["editing"] == "true", notice: notice,
            alert: errors.isEmpty ? nil : "Не сохранено: исправьте отмеченные поля"
        )
        return renderer.html(template, view, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    static func choices(_ items: [(String, String)], checked: Set<String>) -> [DirectoryView.Choice] {
        items.map { DirectoryView.Choice(value: $0.0, title: $0.1, checked: checked.contains($0.0)) }
    }

    static func saved(_ path: String, _ id: String) -> Response {
        .redirect(to: path + "?saved=" + (id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""), type: .normal)
    }
}
