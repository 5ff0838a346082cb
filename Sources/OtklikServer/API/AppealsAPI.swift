import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// Appeals: intake (single and batch), the list, the card with its history, and workflow actions.
struct AppealsAPI {
    let store: AppealStore
    /// Less than this left before the term: «скоро срок».
    let dueSoon: TimeInterval
    /// The region's zone: times in exported files.
    let timeZone: TimeZone

    struct BatchRequest: Decodable {
        var items: [AppealDraft]
    }

    struct BatchItem: Encodable {
        var index: Int
        var id: String
        var number: String
        var created: Bool
    }

    struct BatchResponse: Encodable {
        var created: Int
        var existing: Int
        var results: [BatchItem]
    }

    struct ListResponse: Encodable {
        var items: [AppealResource]
        var nextCursor: String?
    }

    func register(on group: RouterGroup<OtklikRequestContext>) {
        group.post("/appeals") { request, context in try await create(request, context) }
        group.post("/appeals/batch") { request, context in try await batch(request, context) }
        group.get("/appeals") { request, context in try await list(request, context) }
        group.get("/appeals/:id") { _, context in try await show(context) }
        group.get("/appeals/:id/history") { _, context in try await history(context) }
        group.post("/appeals/:id/actions/:action") { request, context in try await act(request, context) }
    }

    func requireIntakeRole(_ user: User) throws {
        guard user.role.takesIn else {
            throw Problem.forbidden("Роль «\(user.role.title)» не регистрирует обращения")
        }
    }

    func create(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try context.requireUser()
        try requireIntakeRole(user)
        let draft = try await JSONBody.decode(AppealDraft.self, from: request, context: context)
        guard let result = try await store.intake([draft], by: user).first else { throw Problem.malformed("Пустой запрос") }
        let resource = AppealResource(result.appeal, for: user, dueSoon: dueSoon)
        return JSONBody.response(bytes: try resource.json(stored: result.document), status: result.created ? .created : .ok)
    }

    func batch(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try context.requireUser()
        try requireIntakeRole(user)
        let batch = try await JSONBody.decode(BatchRequest.self, from: request, context: context)
        guard !batch.items.isEmpty else { throw Problem.invalid([FieldError(field: "items", message: "Пакет пуст")]) }
        guard batch.items.count <= IntakeLimits.maxBatchSize else {
            throw Problem.tooLarge("В пакете не больше \(IntakeLimits.maxBatchSize) обращений, получено \(batch.items.count)")
        }
        let results = try await store.intake(batch.items, by: user)
        let items = results.enumerated().map { BatchItem(index: $0.offset, id: $0.element.appeal.id, number: $0.element.appeal.number, created: $0.element.created) }
        let created = items.filter(\.created).count
        return try JSONBody.response(BatchResponse(created: created, existing: items.count - created, results: items))
    }

    func list(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let query = try AppealListQuery(request, dueSoon: dueSoon)
        if let export = query.export {
            return try await AppealListExport(
                store: store, filter: query.filter, scope: user.scope, references: try await store.references(), timeZone: timeZone
            ).response(export)
        }
        let page = try await store.list(query.filter, visibleTo: user.scope, limit: query.limit, after: query.cursor)
        return try JSONBody.response(ListResponse(items: page.items.map { AppealResource($0, for: user, dueSoon: dueSoon) }, nextCursor: page.nextCursor?.encoded))
    }

    func visibleAppeal(_ context: OtklikRequestContext) async throws -> (Appeal, User) {
        let user = try context.requireUser()
        let id = context.parameters.get("id") ?? ""
        guard let appeal = try await store.appeal(id: id, visibleTo: user.scope) else { throw Problem.notFound() }
        return (appeal, user)
    }

    func show(_ context: OtklikRequestContext) async throws -> Response {
        let (appeal, user) = try await visibleAppeal(context)
        return try JSONBody.response(AppealResource(appeal, for: user, dueSoon: dueSoon, history: try await store.history(of: appeal.id)))
    }

    func history(_ context: OtklikRequestContext) async throws -> Response {
        let (appeal, _) = try await visibleAppeal(context)
        return try JSONBody.response(try await store.history(of: appeal.id).map(EventResource.init))
    }

    func act(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let raw = context.parameters.get("action") ?? ""
        guard let action = WorkflowAction(rawValue: raw) else {
            throw Problem.notFound("Нет действия «\(raw)»; есть: \(WorkflowAction.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        // An action without fields may come with an empty body.
        let input = try await JSONBody.decodeIfPresent(ActionInput.self, from: request, context: context) ?? ActionInput()
        let appeal = try await store.perform(action, input: input, on: context.parameters.get("id") ?? "", by: user)
        return try JSONBody.response(AppealResource(appeal, for: user, dueSoon: dueSoon))
    }
}
