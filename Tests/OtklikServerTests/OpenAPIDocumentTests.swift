import Foundation
import OtklikStore
import Testing

@Suite("The OpenAPI document describes the API the server runs")
struct OpenAPIDocumentTests {
    @Test("every route is documented, and every documented operation answers something other than 404 for its path")
    func everyRouteIsDocumented() async throws {
        try await APIHarness.run(.sqlite) { api in
            let reply = try await api.send(.get, "/api/v1/openapi.json")
            #expect(reply.status == .ok)
            #expect(reply.object["openapi"] as? String == "3.1.0")
            let paths = try #require(reply.object["paths"] as? [String: [String: Any]])
            let served: [(String, String)] = [
                ("get", "/health"), ("get", "/metrics"), ("post", "/api/v1/auth/token"), ("post", "/api/v1/appeals"), ("get", "/api/v1/appeals"),
                ("post", "/api/v1/appeals/batch"), ("get", "/api/v1/appeals/{id}"), ("get", "/api/v1/appeals/{id}/history"),
                ("get", "/api/v1/appeals/{id}/suggestions"),
                ("post", "/api/v1/appeals/{id}/actions/{action}"), ("get", "/api/v1/municipalities"), ("get", "/api/v1/bodies"),
                ("get", "/api/v1/topics"), ("get", "/api/v1/users"), ("get", "/api/v1/calendar/is-working"),
                ("get", "/api/v1/calendar/add-working-days"), ("get", "/api/v1/calendar/add-days"),
                ("get", "/api/v1/notifications"), ("post", "/api/v1/notifications/{id}/read"), ("get", "/api/v1/stats/flow"),
                ("get", "/api/v1/calendar/years"), ("post", "/api/v1/calendar/years"), ("get", "/api/v1/terms/rules"),
                ("get", "/api/v1/analytics/slice"), ("get", "/api/v1/ratings"), ("get", "/api/v1/reports/weekly"),
                ("get", "/api/v1/indicators"), ("put", "/api/v1/indicators/plans"), ("get", "/api/v1/reports/package"),
                ("get", "/api/v1/outbox"), ("post", "/api/v1/outbox/{id}/replay"), ("post", "/api/v1/imports"),
                ("post", "/api/v1/channels/pos/messages"), ("get", "/api/v1/channels/pos/updates"),
                ("get", "/api/v1/appeals/{id}/attachments"), ("get", "/api/v1/appeals/{id}/attachments/{file}"),
                ("get", "/api/v1/appeals/{id}/attachments/{file}/thumbnail"),
                ("get", "/api/v1/public/form"), ("post", "/api/v1/public/appeals"), ("get", "/api/v1/public/appeals/{number}"),
                ("post", "/api/v1/public/appeals/{number}/rating"), ("get", "/api/v1/public/problems"),
                ("post", "/api/v1/polls"), ("post", "/api/v1/public/codes"), ("post", "/api/v1/public/sessions"), ("get", "/api/v1/public/polls"),
                ("get", "/api/v1/public/polls/{id}"), ("post", "/api/v1/public/polls/{id}/votes"),
                ("post", "/api/v1/discussions"), ("get", "/api/v1/moderation"), ("post", "/api/v1/moderation/{id}"),
                ("get", "/api/v1/public/discussions"), ("get", "/api/v1/public/discussions/{id}"), ("post", "/api/v1/public/discussions/{id}/comments"),
            ]
            for (method, path) in served {
                #expect(paths[path]?[method] != nil, "\(method.uppercased()) \(path) is not documented")
            }
            #expect(paths.values.reduce(0) { $0 + $1.count } == served.count)
            let token = try await api.token("admin")
            for (method, path) in served where method == "get" && !path.contains("{") {
                let status = try await api.send(.get, path, token: token).status
                #expect(status != .notFound, "\(path)")
            }
        }
    }
}
