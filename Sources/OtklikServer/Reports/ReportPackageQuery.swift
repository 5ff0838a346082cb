import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// The upward report's parameters, for the page, the API and the command alike: `period` (`2026-Q3` or
/// `2026`; the last ended quarter by default) and `municipality` (the region when not given).
struct ReportPackageQuery {
    var period: ReportPeriod
    var municipality: String?

    init(_ value: @escaping (String) -> String?, references: ReferenceData, today: LocalDate) throws(ValidationFailure) {
        var reader = QueryReader(value)
        period = ReportPeriod.lastEnded(quarterly: true, before: today)
        if let raw = reader.text("period") {
            if let given = ReportPeriod(raw), given.first <= today {
                period = given
            } else {
                reader.errors.append(
                    FieldError(field: "period", message: "Период — начавшийся квартал в виде ГГГГ-QН (например, 2026-Q3) или год в виде ГГГГ")
                )
            }
        }
        municipality = reader.municipality(known: references.municipalityIds)
        guard reader.errors.isEmpty else { throw ValidationFailure(reader.errors) }
    }

    /// The package as a downloaded ZIP, over what `scope` may see.
    func response(_ store: AppealStore, scope: Scope, references: ReferenceData, weights: RatingWeights, today: LocalDate) async throws -> Response {
        let package = try await ReportPackage(
            period: period, municipality: municipality, store: store, scope: scope, references: references, weights: weights, today: today
        )
        return ReportFile.download(
            try package.archive(references, generatedAt: Timestamp.now()), name: package.name(references) + ".zip", contentType: "application/zip"
        )
    }
}
