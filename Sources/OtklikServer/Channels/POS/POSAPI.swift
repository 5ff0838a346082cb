import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// The feedback platform's adapter boundary (issue 8; design/channels.md §2.5: ПОС's interface for regions is
/// not public): the region's connector posts each ПОС message in Otklik's documented format (`POSMessage`) to
/// `POST /api/v1/channels/pos/messages` and pulls what to tell the citizen back from
/// `GET /api/v1/channels/pos/updates?after=&limit=` (`POSUpdate`), as a user of a role that takes items in.
/// A message is kept byte for byte beside its item; one posted again (same ПОС id) is the same item.
struct POSAPI {
    let store: AppealStore
    static let maxUpdates = 1000

    struct Created: Encodable {
        var id: String
        var number: String
        var created: Bool
    }

    struct Updates: Encodable {
        var items: [POSUpdate]
        /// The `after` for the next pull: the last item's position, or the one given when nothing is new.
        var next: Int64
    }

    func register(on group: RouterGroup<OtklikRequestContext>) {
        group.post("/channels/pos/messages") { request, context in try await receive(request, context) }
        group.get("/channels/pos/updates") { request, context in try await updates(request, context) }
    }

    private func connector(_ context: OtklikRequestContext) throws -> User {
        let user = try context.requireUser()
        guard user.role.takesIn else { throw Problem.forbidden("Роль «\(user.role.title)» не принимает сообщения ПОС") }
        return user
    }

    private func receive(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try connector(context)
        let body = try await ChannelWebhook.body(request)
        let message: POSMessage
        do {
            message = try JSONCoding.decoder().decode(POSMessage.self, from: body)
        } catch let error as DecodingError {
            throw JSONBody.describe(error)
        } catch {
            throw Problem.malformed("Тело запроса не является сообщением ПОС в формате Отклика (JSON)")
        }
        let errors = message.errors()
        guard errors.isEmpty else { throw Problem.invalid(errors) }
        let references = try await store.references()
        let draft = message.draft(rubricator: references.rubricator, municipalities: references.municipalities)
        let payload = RawPayload(contentType: request.headers[.contentType] ?? "application/json", body: body)
        guard let result = try await store.intake([draft], payloads: [payload], by: user).first else { throw Problem.malformed("Пустой запрос") }
        return try JSONBody.response(
            Created(id: result.appeal.id, number: result.appeal.number, created: result.created), status: result.created ? .created : .ok
        )
    }

    private func updates(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        _ = try connector(context)
        var reader = QueryReader { request.uri.queryParameters.get($0) }
        let after = reader.text("after").map { Int64($0) } ?? 0
        let limit = reader.text("limit").map { Int($0) } ?? 100
        if after == nil || after.map({ $0 < 0 }) == true {
            reader.errors.append(FieldError(field: "after", message: "Позиция в журнале: целое число не меньше 0"))
        }
        if limit == nil || limit.map({ !(1...Self.maxUpdates).contains($0) }) == true {
            reader.errors.append(FieldError(field: "limit", message: "От 1 до \(Self.maxUpdates)"))
        }
        guard reader.errors.isEmpty, let after, let limit else { throw Problem.invalid(reader.errors) }
        let items = try await store.posUpdates(after: after, limit: limit)
        return try JSONBody.response(Updates(items: items, next: items.last?.seq ?? after))
    }
}
