import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// Bodies (органы и организации, the responsible recipients): code, name, municipality (none: regional), blocks,
/// the confirmed official page (K11).
struct BodyDirectory {
    let pages: DirectoryPages

    func show(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        let references = try await pages.store.references()
        var values: [String: String] = [:]
        var blocks: Set<String> = []
        if let id = query.get("edit"), let body = references.bodies.first(where: { $0.id == id }) {
            values = [
                "id": body.id, "name": body.name, "municipalityId": body.municipalityId ?? "", "officialPage": body.officialPage ?? "", "editing": "true",
            ]
            blocks = Set(body.blockIds)
        }
        return try page(context, references, values: values, blocks: blocks, notice: query.get("saved").map { "Сохранено: \($0)" })
    }

    func save(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let form = try await pages.form(request, context)
        let references = try await pages.store.references()
        let body = Body(
            id: form["id"] ?? "", name: form["name"] ?? "", municipalityId: form["municipalityId"], blockIds: form.values("blockIds"),
            officialPage: form["officialPage"]?.trimmingCharacters(in: .whitespaces)
        )
        let errors = DirectoryCheck.errors(
            in: body, references: references.municipalityIds, blocks: Set(references.rubricator.blocks.map(\.id))
        )
        guard errors.isEmpty else {
            return try page(context, references, values: form.fields, blocks: Set(body.blockIds), errors: errors)
        }
        try await pages.store.save(bodies: [body], by: try pages.administrator(context).id)
        return DirectoryPages.saved("/admin/bodies", body.name)
    }

    private func page(
        _ context: OtklikRequestContext, _ references: ReferenceData, values: [String: String], blocks: Set<String>,
        errors: [FieldError] = [], notice: String? = nil
    ) throws -> Response {
        let rows = references.bodies.map { body in
            DirectoryView.Row(
                id: body.id,
                cells: [
                    body.id, body.name, references.municipalityName(body.municipalityId) ?? "Региональный",
                    body.blockIds.compactMap(references.blockName).joined(separator: ", "), body.officialPage ?? "—",
                ],
                editLink: "/admin/bodies?edit=\(body.id)"
            )
        }
        let choices = [
            "municipalityId": DirectoryPages.choices(references.municipalities.map { ($0.id, $0.name) }, checked: [values["municipalityId"] ?? ""]),
            "blockIds": DirectoryPages.choices(references.rubricator.blocks.map { ($0.id, $0.name) }, checked: blocks),
        ]
        return try pages.render(
            "directory-bodies", tab: "bodies", title: "Органы и организации", context: context, rows: rows, values: values, errors: errors,
            choices: choices, notice: notice
        )
    }
}
