import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `GET /api/v1/reports/weekly?week=&municipality=`: the weekly analytic note's figures (`WeeklyNoteQuery`)
/// over what the user may see; `format=csv|xlsx` downloads them as the page's file does, `format=docx` the note.
/// `GET /api/v1/reports/package?period=&municipality=`: the quarterly or annual report as a ZIP (`ReportPackage`).
struct ReportsAPI {
    let store: AppealStore
    let timeZone: TimeZone
    let weights: RatingWeights

    func register(on group: RouterGroup<OtklikRequestContext>) {
        group.get("/reports/weekly") { request, context in
            let user = try context.requireUser()
            let references = try await store.references()
            let parameters = request.uri.queryParameters
            let query = WeeklyNoteQuery({ parameters.get($0) }, references: references, today: LocalDate(Timestamp.now(), in: timeZone))
            guard query.errors.isEmpty else { throw Problem.invalid(query.errors) }
            let dashboard = try await query.dashboard(store, scope: user.scope)
            let labels = SliceLabels(references: references)
            if let format = query.format {
                return try WeeklyNotePage.file(dashboard, labels: labels, week: query.week, subject: query.subject(references)).response(format)
            }
            let notable = try await query.notable(store, scope: user.scope, timeZone: timeZone)
            if query.document {
                return try WeeklyNoteDocument.response(dashboard, notable: notable, labels: labels, week: query.week, subject: query.subject(references))
            }
            return try JSONBody.response(
                WeeklyNoteResource(dashboard, notable: notable, week: query.week, subject: query.subject(references), labels: labels)
            )
        }
        group.get("/reports/package") { request, context in
            let user = try context.requireUser()
            let references = try await store.references()
            let parameters = request.uri.queryParameters
            let today = LocalDate(Timestamp.now(), in: timeZone)
            let query: ReportPackageQuery
            do throws(ValidationFailure) {
                query = try ReportPackageQuery({ parameters.get($0) }, references: references, today: today)
            } catch {
                throw Problem.invalid(error.errors)
            }
            return try await query.response(store, scope: user.scope, references: references, weights: weights, today: today)
        }
    }
}
