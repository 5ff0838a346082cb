import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// The query string of `GET /api/v1/appeals`, checked field by field.
struct AppealListQuery {
    static let defaultLimit = 50
    static let maxLimit = 500

    var filter = AppealFilter()
    var limit = defaultLimit
    var cursor: PageCursor?
    /// `format=csv|xlsx`: every item the filter finds, as a file (limit and cursor do not apply).
    var export: ExportFormat?

    init(_ request: Request, dueSoon: TimeInterval) throws {
        let query = request.uri.queryParameters
        var reader = QueryReader { query.get($0) }
        func text(_ name: String) -> String? { reader.text(name) }
        func date(_ name: String) -> Date? {
            guard let raw = text(name) else { return nil }
            if let value = Timestamp.parse(raw) { return value }
            reader.errors.append(FieldError(field: name, message: "Ожидается дата ISO 8601, например 2026-01-31 или 2026-01-31T10:00:00Z"))
            return nil
        }
        if let raw = text("status") {
            var statuses: [AppealStatus] = []
            for part in raw.split(separator: ",") {
                if let status = AppealStatus(rawValue: String(part)) {
                    statuses.append(status)
                } else {
                    reader.errors.append(FieldError(field: "status", message: "Неизвестный статус «\(part)»"))
                }
            }
            filter.statuses = statuses
        }
        filter.kind = reader.choice("kind", AppealKind.self)
        filter.channel = reader.choice("channel", Channel.self)
        filter.topicIds = text("topic").map { [$0] }
        filter.blockId = text("block")
        filter.municipalityId = text("municipality")
        filter.bodyId = text("body")
        filter.from = date("from")
        filter.to = date("to")
        filter.text = text("q")
        filter.sort = reader.choice("sort", AppealSort.self) ?? .newest
        if let raw = text("overdue") {
            switch raw {
            case "true": filter.overdue = true
            case "false": filter.overdue = false
            default: reader.errors.append(FieldError(field: "overdue", message: "Ожидается true или false"))
            }
        }
        if let raw = text("dueSoon") {
            switch raw {
            case "true": filter.dueWithin = dueSoon
            case "false": break
            default: reader.errors.append(FieldError(field: "dueSoon", message: "Ожидается true или false"))
            }
        }
        if let raw = text("limit") {
            if let value = Int(raw), (1...Self.maxLimit).contains(value) {
                limit = value
            } else {
                reader.errors.append(FieldError(field: "limit", message: "Ожидается целое число от 1 до \(Self.maxLimit)"))
            }
        }
        if let raw = text("cursor") {
            cursor = PageCursor(encoded: raw)
            if cursor == nil { reader.errors.append(FieldError(field: "cursor", message: "Неверный курсор страницы")) }
        }
        export = ExportFormat.read(&reader)
        if !reader.errors.isEmpty { throw Problem.invalid(reader.errors) }
    }
}
