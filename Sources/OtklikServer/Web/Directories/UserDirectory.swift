import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// Users and roles: who works in the system, in which role, for which body or blocks. A new user gets a
/// first password from the administrator and changes it on the password page; a user who leaves is
/// blocked, never deleted, so what they did stays attributed.
struct UserDirectory {
    let pages: DirectoryPages

    func show(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        var values: [String: String] = [:]
        var blocks: Set<String> = []
        if let id = query.get("edit"), let user = try await pages.store.users().first(where: { $0.id == id }) {
            values = [
                "id": user.id, "login": user.login, "name": user.name, "role": user.role.rawValue, "bodyId": user.bodyId ?? "", "email": user.email ?? "",
                "editing": "true",
            ]
            blocks = Set(user.blockIds)
        }
        return try await page(context, values: values, blocks: blocks, notice: query.get("saved").map { "Сохранено: \($0)" })
    }

    /// `POST /admin/users/{id}/block|unblock`.
    func toggle(_ request: Request, _ context: OtklikRequestContext, blocked: Bool) async throws -> Response {
        let admin = try pages.administrator(context)
        _ = try await pages.form(request, context)
        let id = context.parameters.get("id") ?? ""
        guard id != admin.id else { throw Problem.forbidden("Нельзя заблокировать самого себя") }
        try await pages.store.setBlocked(userId: id, blocked, by: admin.id)
        return DirectoryPages.saved("/admin/users", blocked ? "пользователь заблокирован" : "пользователь разблокирован")
    }

    func save(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let form = try await pages.form(request, context)
        guard let role = form["role"].flatMap(Role.init(rawValue:)) else {
            return try await page(context, values: form.fields, blocks: Set(form.values("blockIds")), errors: [FieldError(field: "role", message: "Выберите роль")])
        }
        var existing: User?
        if let id = form["id"] {
            existing = try await pages.store.users().first { $0.id == id }
            guard existing != nil else { throw Problem.notFound("Такого пользователя нет") }
        }
        let login = existing?.login ?? form["login"] ?? ""
        let user = User(
            id: existing?.id ?? "u-" + UUID().uuidString.lowercased(), login: login, name: form["name"] ?? login, role: role,
            bodyId: role == .executor ? form["bodyId"] : nil,
            blockIds: [.blockHead, .blockResponsible].contains(role) ? form.values("blockIds") : [], email: form["email"]?.trimmingCharacters(in: .whitespaces)
        )
        do {
            if existing != nil {
                try await Accounts.update(user, in: pages.store, by: try pages.administrator(context).id)
            } else {
                try await Accounts.add(
                    user, password: form.fields["password"] ?? "", cost: pages.configuration.bcryptCost, to: pages.store, by: try pages.administrator(context).id
                )
            }
        } catch let error as StoreError {
            let problem = ProblemMiddleware.problem(for: error)
            let renamed = ["body": "bodyId", "blocks": "blockIds"]
            let errors = (problem.errors ?? []).map { FieldError(field: renamed[$0.field] ?? $0.field, message: $0.message) }
            return try await page(context, values: form.fields, blocks: Set(form.values("blockIds")), errors: errors)
        }
        return DirectoryPages.saved("/admin/users", user.login)
    }

    private func page(
        _ context: OtklikRequestContext, values: [String: String], blocks: Set<String>, errors: [FieldError] = [], notice: String? = nil
    ) async throws -> Response {
        let references = try await pages.store.references()
        let rows = try await pages.store.accounts().map { user, blocked in
            DirectoryView.Row(
                id: user.id,
                cells: [
                    user.login, user.name, user.role.title, user.email ?? "—",
                    references.bodyName(user.bodyId) ?? user.blockIds.compactMap(references.blockName).joined(separator: ", "),
                    blocked ? "заблокирован" : "активен",
                ],
                editLink: "/admin/users?edit=\(user.id)",
                toggle: blocked ? DirectoryView.Toggle(action: "unblock", title: "Разблокировать") : DirectoryView.Toggle(action: "block", title: "Заблокировать")
            )
        }
        let choices = [
            "role": DirectoryPages.choices(Role.allCases.map { ($0.rawValue, $0.title) }, checked: [values["role"] ?? ""]),
            "bodyId": DirectoryPages.choices(references.bodies.map { ($0.id, $0.name) }, checked: [values["bodyId"] ?? ""]),
            "blockIds": DirectoryPages.choices(references.rubricator.blocks.map { ($0.id, $0.name) }, checked: blocks),
        ]
        var shown = values
        shown["password"] = nil
        return try pages.render(
            "directory-users", tab: "users", title: "Пользователи и роли", context: context, rows: rows, values: shown, errors: errors,
            choices: choices, notice: notice
        )
    }
}
