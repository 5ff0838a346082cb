import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import OtklikCore
import OtklikServer
import OtklikStore
import OtklikTestSupport

/// Runs a real listening server over a fresh database and talks to it over TCP.
struct APIHarness {
    let client: any TestClientProtocol
    let store: AppealStore

    struct Reply {
        var status: HTTPResponse.Status
        var contentType: String?
        var json: Any?
        var text: String
        var data = Data()
        var disposition: String?
        var retryAfter: String?

        var object: [String: Any] { json as? [String: Any] ?? [:] }
        var items: [[String: Any]] { object["items"] as? [[String: Any]] ?? [] }
        var errorFields: [String] { (object["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String } }
        var isProblem: Bool { contentType?.hasPrefix("application/problem+json") == true && object["title"] is String }
    }

    static let password = "пароль-для-тестов"
    /// A small structure model: trained in a moment even in a debug build beside the other suites.
    static let featureBits = 12

    /// `environment`: settings of the server as `ServerConfiguration` reads them (none: the defaults).
    static func run(
        _ kind: DatabaseKind, environment: [String: String] = [:], _ body: @Sendable (APIHarness) async throws -> Void
    ) async throws {
        let store = try await AppealStore.open(try TestDatabase.url(kind))
        try await store.save(municipalities: [Municipality(oktmo: "60701000", name: "город Ростов-на-Дону")])
        try await store.save(rubricator: .default)
        try await store.save(bodies: [
            Body(id: "b1", name: "Администрация города", municipalityId: "60701000"), Body(id: "b2", name: "Министерство транспорта"),
        ])
        let users = [
            User(id: "u-op", login: "operator", name: "Оператор", role: .operator),
            User(id: "u-e1", login: "exec1", name: "Исполнитель 1", role: .executor, bodyId: "b1"),
            User(id: "u-e2", login: "exec2", name: "Исполнитель 2", role: .executor, bodyId: "b2"),
            User(id: "u-media", login: "media", name: "Пресса", role: .media),
            User(id: "u-admin", login: "admin", name: "Админ", role: .admin),
        ]
        for user in users { try await Accounts.add(user, password: password, cost: 4, to: store) }
        var structure = StructureSettings()
        structure.featureBits = featureBits
        await store.configureStructureModel(structure)
        var configuration = ServerConfiguration(environment: environment)
        configuration.port = 0
        let app = Application(router: try OtklikApplication.router(store: store, configuration: configuration), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in try await body(APIHarness(client: client, store: store)) }
        try await store.close()
    }

    func token(_ login: String) async throws -> String {
        let reply = try await send(.post, "/api/v1/auth/token", json: ["login": login, "password": Self.password])
        guard let token = reply.object["token"] as? String else { throw HTTPError(.unauthorized, message: "login \(login) failed") }
        return token
    }

    func send(_ method: HTTPRequest.Method, _ path: String, token: String? = nil, json: Any? = nil, raw: String? = nil) async throws -> Reply {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        var body: ByteBuffer?
        if let json {
            headers[.contentType] = "application/json"
            body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
        } else if let raw {
            headers[.contentType] = "application/json"
            body = ByteBuffer(string: raw)
        }
        return try await client.execute(uri: path, method: method, headers: headers, body: body) { response in
            let data = Data(response.body.readableBytesView)
            return Reply(
                status: response.status, contentType: response.headers[.contentType],
                json: data.isEmpty ? nil : try? JSONSerialization.jsonObject(with: data), text: String(decoding: data, as: UTF8.self), data: data,
                disposition: response.headers[.contentDisposition], retryAfter: response.headers[.retryAfter]
            )
        }
    }

    /// How many appeals and events the database holds: to show a failed request wrote nothing.
    func counts() async throws -> (appeals: Int, events: Int64) {
        (try await store.countByStatus().values.reduce(0, +), try await store.verifyChain().eventsChecked)
    }
}
