import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `GET /api/v1/stats/flow`: the counts of Регламент МЦУ § 5.2 for a period — new, repeated, overdue
/// and postponed items per topic block, municipality or body — over what the user may see.
struct FlowAPI {
    let store: AppealStore
    /// A period longer than this is a report for the analytics, not a control figure.
    static let maxPeriod: TimeInterval = 366 * 86_400
    static let periodRefusal = "Конец периода позже начала, период не длиннее года"

    /// Whether the counts are given for `from`–`to`: a forward period no longer than `maxPeriod` (the page's too).
    static func accepts(from: Date, to: Date) -> Bool {
        from < to && to.timeIntervalSince(from) <= maxPeriod
    }

    struct Row: Encodable {
        var key: String?
        var name: String
        var counts: FlowCounts

        enum CodingKeys: String, CodingKey {
            case key, name
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(key, forKey: .key)
            try container.encode(name, forKey: .name)
            try counts.encode(to: encoder)
        }
    }

    struct Answer: Encodable {
        var from: Date
        var to: Date
        var by: FlowGrouping
        var rows: [Row]
        var total: FlowCounts
    }

    func register(on group: RouterGroup<OtklikRequestContext>) {
        group.get("/stats/flow") { request, context in
            let user = try context.requireUser()
            let (from, to, grouping) = try Self.period(request)
            return try JSONBody.response(try await Self.answer(from: from, to: to, by: grouping, scope: user.scope, store: store))
        }
    }

    /// The counts with the groups' Russian names, the most overdue first, and their total: the API's answer and the page's table.
    static func answer(from: Date, to: Date, by grouping: FlowGrouping, scope: Scope, store: AppealStore) async throws -> Answer {
        let counts = try await store.flowCounts(from: from, to: to, by: grouping, visibleTo: scope)
        let names = try await names(grouping, store: store)
        var total = FlowCounts()
        for value in counts.values {
            total.new += value.new
            total.repeated += value.repeated
            total.overdue += value.overdue
            total.postponed += value.postponed
        }
        let rows = counts.map { key, value in Row(key: key, name: key.flatMap { names[$0] } ?? key ?? "Не определено", counts: value) }
            .sorted { ($0.counts.overdue, $0.counts.new, $0.name) > ($1.counts.overdue, $1.counts.new, $1.name) }
        return Answer(from: from, to: to, by: grouping, rows: rows, total: total)
    }

    static func period(_ request: Request) throws -> (Date, Date, FlowGrouping) {
        let query = request.uri.queryParameters
        var errors: [FieldError] = []
        let from = query.get("from").flatMap(Timestamp.parse)
        let to = query.get("to").flatMap(Timestamp.parse)
        if from == nil { errors.append(FieldError(field: "from", message: "Начало периода: дата ISO 8601, например 2026-11-01")) }
        if to == nil { errors.append(FieldError(field: "to", message: "Конец периода (не включая): дата ISO 8601, например 2026-12-01")) }
        if let from, let to, !accepts(from: from, to: to) { errors.append(FieldError(field: "to", message: periodRefusal)) }
        let grouping = FlowGrouping(rawValue: query.get("by") ?? "block")
        if grouping == nil { errors.append(FieldError(field: "by", message: "Допустимые значения: block, municipality, body")) }
        guard let from, let to, let grouping, errors.isEmpty else { throw Problem.invalid(errors) }
        return (from, to, grouping)
    }

    static func names(_ grouping: FlowGrouping, store: AppealStore) async throws -> [String: String] {
        let references = try await store.references()
        switch grouping {
        case .block: return Dictionary(uniqueKeysWithValues: references.rubricator.blocks.map { ($0.id, $0.name) })
        case .municipality: return Dictionary(uniqueKeysWithValues: references.municipalities.map { ($0.id, $0.name) })
        case .body: return Dictionary(uniqueKeysWithValues: references.bodies.map { ($0.id, $0.name) })
        }
    }
}
