import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

extension Open311API {
    /// POST requests: the key, the form, the item taken in with the form kept beside it.
    func create(_ request: Request, _ context: OtklikRequestContext, _ format: Open311Format) async throws -> Response {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: Self.maxBodyBytes)
        } catch {
            throw Open311Failure([.badRequest("Запрос больше \(Self.maxBodyBytes) байт")])
        }
        let body = Data(buffer: buffer)
        let pairs = WebForm.parse(String(decoding: body, as: UTF8.self))
        guard let key = pairs.first(where: { $0.0 == "api_key" })?.1, !key.isEmpty else {
            throw Open311Failure([Open311Error(code: 403, description: "Не передан api_key")])
        }
        guard let login = keys[key], let user = try await store.credentials(login: login)?.user, user.role.takesIn else {
            throw Open311Failure([Open311Error(code: 403, description: "Неверный api_key")])
        }
        let references = try await store.references()
        let draft = try Open311Submission.draft(pairs, rubricator: references.rubricator, municipalities: references.municipalities)
        let contentType = request.headers[.contentType] ?? "application/x-www-form-urlencoded"
        let result: IntakeResult
        do {
            guard let first = try await store.intake([draft], payloads: [RawPayload(contentType: contentType, body: body)], by: user).first else {
                throw Open311Failure([.badRequest("Запрос не принят")])
            }
            result = first
        } catch StoreError.invalid(let errors) {
            throw Open311Failure.fields(errors)
        }
        var fields: [(String, Open311Node)] = [
            ("service_request_id", .text(result.appeal.id)), ("service_notice", .text("Принято, номер обращения \(result.appeal.number)")),
        ]
        if let account = pairs.first(where: { $0.0 == "account_id" })?.1, !account.isEmpty { fields.append(("account_id", .text(account))) }
        return format.response(.list("service_requests", item: "request", [.record(fields)]), root: "service_requests")
    }

    /// GET requests: by ids, or by service codes, dates and status; the newest first.
    func requests(_ request: Request) async throws -> Open311Node {
        let query = request.uri.queryParameters
        func list(_ name: String) -> [String]? {
            guard let value = query[name[...]].map(String.init), !value.isEmpty else { return nil }
            return value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        func date(_ name: String) throws -> Date? {
            guard let value = query[name[...]].map(String.init), !value.isEmpty else { return nil }
            guard let date = Timestamp.parse(value) else {
                throw Open311Failure([.badRequest("\(name): ожидается дата и время ISO 8601 с часовым поясом, например 2026-11-01T00:00:00+03:00")])
            }
            return date
        }
        var filter = AppealFilter(channel: .open311)
        if let ids = list("service_request_id") {
            filter.ids = Array(ids.prefix(Self.maxRequests))
        } else {
            filter.topicIds = list("service_code")
            let end = try date("end_date") ?? Timestamp.now()
            filter.from = try date("start_date") ?? end.addingTimeInterval(-Self.defaultSpan)
            filter.to = end.addingTimeInterval(0.001)
            if let states = list("status") {
                var statuses: [AppealStatus] = []
                for state in states {
                    guard let matching = Open311Request.statuses(state) else {
                        throw Open311Failure([.badRequest("status: допустимые значения open, closed")])
                    }
                    statuses += matching
                }
                filter.statuses = statuses
            }
        }
        let page = try await store.list(filter, visibleTo: .all, limit: Self.maxRequests, after: nil)
        let references = try await store.references()
        return .list("service_requests", item: "request", page.items.map { node(Open311Request($0, topicName: references.topicName($0.topicId), bodyName: references.bodyName($0.bodyId))) })
    }

    /// GET one request: an item of the Open311 channel, by its id.
    func request(_ id: String, _ format: Open311Format) async throws -> Response {
        guard let appeal = try await store.appeal(id: id, visibleTo: .all), appeal.channel == .open311 else {
            throw Open311Failure([.notFound("Нет заявки с номером «\(id)»")])
        }
        let references = try await store.references()
        let found = Open311Request(appeal, topicName: references.topicName(appeal.topicId), bodyName: references.bodyName(appeal.bodyId))
        return format.response(.list("service_requests", item: "request", [node(found)]), root: "service_requests")
    }

    /// GET a token: the id of the form a request was taken in with (`StoredPayload`) names its request.
    func tokenLookup(_ token: String, _ format: Open311Format) async throws -> Response {
        guard let payload = try await store.payload(id: token), payload.channel == Channel.open311.rawValue else {
            throw Open311Failure([.notFound("Нет токена «\(token)»")])
        }
        let record = Open311Node.record([("service_request_id", .text(payload.appealId)), ("token", .text(token))])
        return format.response(.list("service_requests", item: "request", [record]), root: "service_requests")
    }

    func node(_ request: Open311Request) -> Open311Node {
        .record([
            ("service_request_id", .text(request.id)), ("status", .text(request.status)), ("status_notes", .text(request.statusNotes)),
            ("service_name", .text(request.serviceName)), ("service_code", .text(request.serviceCode)), ("description", .text(request.description)),
            ("agency_responsible", .text(request.agencyResponsible)), ("service_notice", .text(request.serviceNotice)),
            ("requested_datetime", .text(Timestamp.iso(request.requestedAt))), ("updated_datetime", .text(Timestamp.iso(request.updatedAt))),
            ("expected_datetime", .text(request.expectedAt.map(Timestamp.iso))), ("address", .text(request.address)),
            ("address_id", .text(nil)), ("zipcode", .text(nil)), ("lat", .number(request.point?.lat)), ("long", .number(request.point?.lon)),
            ("media_url", .text(nil)),
        ])
    }
}
