import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `GET /api/v1/indicators?year=&municipality=`: the indicators' monthly monitoring against the plans
/// (`IndicatorsQuery`) over what the user may see; `format=csv|xlsx` downloads the table (`table=municipalities`
/// for the comparison). `PUT /api/v1/indicators/plans`: an administrator sets a year's plans.
struct IndicatorsAPI {
    /// The body of `PUT /indicators/plans`: values in the measure's unit (a share as 0…1), null removes a plan.
    struct PlansInput: Decodable {
        var year: Int
        var municipalityId: String?
        var values: [String: Double?]
    }

    let store: AppealStore
    let timeZone: TimeZone

    func register(on group: RouterGroup<OtklikRequestContext>) {
        group.get("/indicators") { request, context in
            let user = try context.requireUser()
            let references = try await store.references()
            let parameters = request.uri.queryParameters
            let query: IndicatorsQuery
            do throws(ValidationFailure) {
                query = try IndicatorsQuery({ parameters.get($0) }, references: references, today: LocalDate(Timestamp.now(), in: timeZone))
            } catch {
                throw Problem.invalid(error.errors)
            }
            let report = try await query.report(store, scope: user.scope, references: references)
            if let format = query.format { return try report.file(references, table: query.table).response(format) }
            return try JSONBody.response(IndicatorResource(report, references: references))
        }
        group.put("/indicators/plans") { request, context in
            let user = try context.requireUser()
            guard user.role == .admin else { throw Problem.forbidden("Плановые значения показателей задаёт администратор") }
            let input = try await JSONBody.decode(PlansInput.self, from: request, context: context)
            let changed: Int
            do {
                changed = try await store.setIndicatorPlans(
                    year: input.year, municipalityId: input.municipalityId ?? "", values: input.values, by: user.id
                )
            } catch StoreError.invalid(let errors) {
                throw Problem.invalid(errors)
            }
            let plans = try await store.indicatorPlans(year: input.year)[input.municipalityId ?? ""] ?? [:]
            return try JSONBody.response(PlansResult(changed: changed, plans: plans))
        }
    }

    struct PlansResult: Encodable {
        var changed: Int
        var plans: [String: Double]
    }
}
