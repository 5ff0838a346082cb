import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// Open311 GeoReport v2 under `/open311/v2` (issue 8): discovery, the services (the rubricator's topics)
/// and their definition, requests taken in with an `api_key` and followed by id, by filters or by token;
/// XML and JSON. Errors are the spec's own (`<errors>` or `[{"code","description"}]`), not problem+json,
/// since Open311 clients read those. Only items that came in through Open311 are listed: an item of
/// another channel is not the Open311 client's to see.
struct Open311API {
    let store: AppealStore
    /// `api_key` → the login of the user requests are taken in as.
    let keys: [String: String]
    let timeZone: TimeZone

    /// GeoReport v2: «first 1000 requests returned» and «a span of 90 days» by default.
    static let maxRequests = 1000
    static let defaultSpan: TimeInterval = 90 * 86_400
    static let maxBodyBytes = 64 * 1024

    func register(on router: Router<OtklikRequestContext>) {
        let group = router.group("/open311/v2")
        group.get(":file") { request, context in try await answer(context, file: "file") { format, name in try await top(name, request, format) } }
        group.post(":file") { request, context in
            try await answer(context, file: "file") { format, name in
                guard name == "requests" else { throw Open311Failure([.notFound("Нет ресурса «\(name)»")]) }
                return try await create(request, context, format)
            }
        }
        group.get("services/:file") { _, context in try await answer(context, file: "file") { format, code in try await definition(code, format) } }
        group.get("requests/:file") { _, context in try await answer(context, file: "file") { format, id in try await request(id, format) } }
        group.get("tokens/:file") { _, context in try await answer(context, file: "file") { format, token in try await tokenLookup(token, format) } }
    }

    /// Runs a handler for `name.format` and writes its Open311 errors in the format asked for (XML when the
    /// extension is not one of the two).
    private func answer(
        _ context: OtklikRequestContext, file parameter: String, _ handler: (Open311Format, String) async throws -> Response
    ) async throws -> Response {
        let file = context.parameters.get(parameter) ?? ""
        guard let (name, format) = Open311Format.split(file) else {
            return Self.errors(Open311Failure([.notFound("Ресурс «\(file)»: укажите формат .xml или .json")]), .xml)
        }
        do {
            return try await handler(format, name)
        } catch let failure as Open311Failure {
            return Self.errors(failure, format)
        }
    }

    static func errors(_ failure: Open311Failure, _ format: Open311Format) -> Response {
        let items = failure.errors.map { Open311Node.record([("code", .number(Double($0.code))), ("description", .text($0.description))]) }
        return format.response(.list("errors", item: "error", items), root: "errors", status: HTTPResponse.Status(code: failure.status))
    }

    private func top(_ name: String, _ request: Request, _ format: Open311Format) async throws -> Response {
        switch name {
        case "discovery": return format.response(discovery(request), root: "discovery")
        case "services": return format.response(try await services(), root: "services")
        case "requests": return format.response(try await requests(request), root: "service_requests")
        default: throw Open311Failure([.notFound("Нет ресурса «\(name)»")])
        }
    }

    private func discovery(_ request: Request) -> Open311Node {
        let host = request.head.authority ?? "localhost"
        let changeset = Open311Node.text("2026-11-27T00:00:00Z")
        return .record([
            ("changeset", changeset), ("contact", .text("Центр управления регионом")),
            ("key_service", .text("Ключ api_key выдаёт администратор центра управления регионом")),
            (
                "endpoints",
                .list(
                    "endpoints", item: "endpoint",
                    [
                        .record([
                            ("specification", .text("http://wiki.open311.org/GeoReport_v2")), ("url", .text("http://\(host)/open311/v2")),
                            ("changeset", changeset), ("type", .text("production")),
                            ("formats", .list("formats", item: "format", [.text("text/xml"), .text("application/json")])),
                        ])
                    ]
                )
            ),
        ])
    }

    private func services() async throws -> Open311Node {
        let services = Open311Service.catalog(try await store.references().rubricator)
        return .list(
            "services", item: "service",
            services.map { service in
                .record([
                    ("service_code", .text(service.code)), ("service_name", .text(service.name)), ("description", .text(service.description)),
                    ("metadata", .flag(true)), ("type", .text("realtime")), ("keywords", .text(service.keywords.joined(separator: ", "))),
                    ("group", .text(service.group)),
                ])
            }
        )
    }

    private func definition(_ code: String, _ format: Open311Format) async throws -> Response {
        let references = try await store.references()
        guard references.rubricator.topic(code) != nil else { throw Open311Failure([.notFound("Нет услуги с кодом «\(code)»")]) }
        let attributes = Open311Definition.attributes(municipalities: references.municipalities).map { attribute in
            Open311Node.record([
                ("variable", .flag(true)), ("code", .text(attribute.code)), ("datatype", .text(attribute.datatype.rawValue)),
                ("required", .flag(attribute.required)), ("datatype_description", .text(nil)), ("order", .number(Double(attribute.order))),
                ("description", .text(attribute.description)),
                ("values", .list("values", item: "value", attribute.values.map { .record([("key", .text($0.key)), ("name", .text($0.name))]) })),
            ])
        }
        return format.response(
            .record([("service_code", .text(code)), ("attributes", .list("attributes", item: "attribute", attributes))]), root: "service_definition"
        )
    }
}
