import Foundation
import OtklikCore
import Testing

@Suite("§ 5.2 counts over the API")
struct FlowAPITests {
    @Test("counts by block with Russian names and a total; a wrong period or cut is 422 naming the field")
    func flow() async throws {
        try await APIHarness.run(.sqlite) { api in
            let token = try await api.token("operator")
            #expect(try await api.send(.post, "/api/v1/appeals", token: token, json: APITests.letter).status == .created)
            let from = Timestamp.iso(Date().addingTimeInterval(-86_400))
            let to = Timestamp.iso(Date().addingTimeInterval(86_400))
            let reply = try await api.send(.get, "/api/v1/stats/flow?from=\(from)&to=\(to)&by=block", token: token)
            #expect(reply.status == .ok)
            let rows = reply.object["rows"] as? [[String: Any]] ?? []
            #expect(rows.count == 1)
            #expect(rows.first?["key"] as? String == "roads")
            #expect(rows.first?["name"] as? String == "Дороги")
            #expect(rows.first?["new"] as? Int == 1)
            #expect((reply.object["total"] as? [String: Any])?["new"] as? Int == 1)
            for (query, fields) in [("", ["from", "to"]), ("?from=\(to)&to=\(from)", ["to"]), ("?from=\(from)&to=\(to)&by=street", ["by"])] {
                let refused = try await api.send(.get, "/api/v1/stats/flow\(query)", token: token)
                #expect(refused.status == .unprocessableContent)
                #expect(refused.errorFields == fields, "\(query)")
            }
        }
    }
}
