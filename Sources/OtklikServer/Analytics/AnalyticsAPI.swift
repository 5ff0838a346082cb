import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `GET /api/v1/analytics/slice`: any measure by one or two cuts over a period, compared with the period
/// before it, over what the user may see (`SliceQuery` for the parameters); `format=csv|xlsx` downloads it.
struct AnalyticsAPI {
    let store: AppealStore
    let timeZone: TimeZone

    func register(on group: RouterGroup<OtklikRequestContext>) {
        group.get("/analytics/slice") { request, context in
            let user = try context.requireUser()
            let references = try await store.references()
            let parameters = request.uri.queryParameters
            let today = LocalDate(Timestamp.now(), in: timeZone)
            var reader = QueryReader { parameters.get($0) }
            let format = ExportFormat.read(&reader)
            let query: SliceQuery
            do throws(ValidationFailure) {
                query = try SliceQuery({ parameters.get($0) }, references: references, today: today)
            } catch {
                throw Problem.invalid(reader.errors + error.errors)
            }
            guard reader.errors.isEmpty else { throw Problem.invalid(reader.errors) }
            let slice = try await store.slice(query.request, visibleTo: user.scope, source: query.source)
            let labels = SliceLabels(references: references)
            if let format { return try SliceTable.file(slice, labels: labels).response(format) }
            return try JSONBody.response(SliceResource(slice, source: query.source, labels: labels))
        }
    }
}
