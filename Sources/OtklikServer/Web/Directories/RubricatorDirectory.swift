import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// The rubricator: topic blocks (отраслевые блоки) and their topics. A block and a topic are saved by
/// their own forms; renaming keeps the code, so appeals already filed keep their place. A topic's form also
/// switches its items on the public list and map of problems (issue 9) and holds its keywords, which teach the
/// structure model before the history does (issue 5); an emptied field clears them.
struct RubricatorDirectory {
    let pages: DirectoryPages

    func show(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        let rubricator = try await pages.store.references().rubricator
        var values: [String: String] = [:]
        let hidden = try await pages.store.hiddenPublicTopics()
        if let id = query.get("edit"), let topic = rubricator.topic(id) {
            values = [
                "topicId": topic.id, "topicName": topic.name, "topicBlockId": topic.blockId, "topicKeywords": (topic.keywords ?? []).joined(separator: ", "),
                "editing": "true",
            ]
            if !hidden.contains(topic.id) { values["public"] = "yes" }
        } else if let id = query.get("editBlock"), let block = rubricator.block(id) {
            values = ["blockId": block.id, "blockName": block.name, "editingBlock": "true", "public": "yes"]
        } else {
            values["public"] = "yes"
        }
        return try page(context, rubricator, hidden: hidden, values: values, notice: query.get("saved").map { "Сохранено: \($0)" })
    }

    func save(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let form = try await pages.form(request, context)
        let admin = try pages.administrator(context)
        var rubricator = try await pages.store.references().rubricator
        if form["form"] == "block" {
            let block = TopicBlock(id: form["blockId"] ?? "", name: form["blockName"] ?? "")
            let errors = DirectoryCheck.errors(in: block).map { FieldError(field: $0.field == "id" ? "blockId" : "blockName", message: $0.message) }
            guard errors.isEmpty else { return try page(context, rubricator, hidden: try await pages.store.hiddenPublicTopics(), values: form.fields, errors: errors) }
            if let index = rubricator.blocks.firstIndex(where: { $0.id == block.id }) { rubricator.blocks[index] = block } else { rubricator.blocks.append(block) }
            try await pages.store.save(rubricator: rubricator, by: admin.id)
            return DirectoryPages.saved("/admin/topics", block.name)
        }
        let topic = Topic(
            id: form["topicId"] ?? "", blockId: form["topicBlockId"] ?? "", name: form["topicName"] ?? "",
            keywords: DirectoryCheck.keywords(form["topicKeywords"])
        )
        let renamed = ["id": "topicId", "name": "topicName", "blockId": "topicBlockId", "keywords": "topicKeywords"]
        let errors = DirectoryCheck.errors(in: topic, blocks: Set(rubricator.blocks.map(\.id))).map {
            FieldError(field: renamed[$0.field] ?? $0.field, message: $0.message)
        }
        guard errors.isEmpty else { return try page(context, rubricator, hidden: try await pages.store.hiddenPublicTopics(), values: form.fields, errors: errors) }
        if let index = rubricator.topics.firstIndex(where: { $0.id == topic.id }) { rubricator.topics[index] = topic } else { rubricator.topics.append(topic) }
        try await pages.store.save(rubricator: rubricator, by: admin.id)
        try await pages.store.setPublic(topic: topic.id, shown: form["public"] == "yes", by: admin.id)
        return DirectoryPages.saved("/admin/topics", topic.name)
    }

    private func page(
        _ context: OtklikRequestContext, _ rubricator: Rubricator, hidden: Set<String>, values: [String: String], errors: [FieldError] = [],
        notice: String? = nil
    ) throws -> Response {
        var rows: [DirectoryView.Row] = []
        for block in rubricator.blocks {
            rows.append(DirectoryView.Row(id: block.id, cells: [block.id, block.name, "блок"], editLink: "/admin/topics?editBlock=\(block.id)"))
            for topic in rubricator.topics where topic.blockId == block.id {
                rows.append(DirectoryView.Row(id: topic.id, cells: [topic.id, "— " + topic.name, hidden.contains(topic.id) ? "тема, скрыта с публичной карты" : "тема"], editLink: "/admin/topics?edit=\(topic.id)"))
            }
        }
        let choices = ["topicBlockId": DirectoryPages.choices(rubricator.blocks.map { ($0.id, $0.name) }, checked: [values["topicBlockId"] ?? ""])]
        return try pages.render(
            "directory-topics", tab: "topics", title: "Рубрикатор", context: context, rows: rows, values: values, errors: errors, choices: choices,
            notice: notice
        )
    }
}
