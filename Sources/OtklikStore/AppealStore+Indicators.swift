import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// The plans of `year` in force: by municipality ("" for the region), then by indicator id.
    public func indicatorPlans(year: Int) async throws -> [String: [String: Double]] {
        try await backend.read { db in
            var plans: [String: [String: Double]] = [:]
            let rows = try await db.raw(
                "SELECT municipality_id, indicator, value FROM indicator_plans WHERE year = \(bind: Int64(year)) ORDER BY seq"
            ).all()
            for row in rows {
                let municipality = try row.decode(column: "municipality_id", as: String.self)
                plans[municipality, default: [:]][try row.decode(column: "indicator", as: String.self)] = try row.decode(
                    column: "value", as: Double?.self
                )
            }
            return plans.filter { !$0.value.isEmpty }
        }
    }

    /// Sets plans of `year` for the region ("") or one municipality: a value per indicator id, nil to remove
    /// one. Each change is a new row (who and when), so no plan is changed silently; values equal to the plan
    /// in force write nothing. Refuses the whole set if any value is wrong.
    @discardableResult
    public func setIndicatorPlans(
        year: Int, municipalityId: String, values: [String: Double?], by userId: String, at now: Date = Timestamp.now()
    ) async throws -> Int {
        var errors: [FieldError] = []
        if !(2000...2100).contains(year) { errors.append(FieldError(field: "year", message: "Год от 2000 до 2100")) }
        if !municipalityId.isEmpty, !(try await references()).municipalityIds.contains(municipalityId) {
            errors.append(FieldError(field: "municipality", message: "Нет муниципального образования с кодом «\(municipalityId)»"))
        }
        for (id, value) in values.sorted(by: { $0.key < $1.key }) {
            guard let indicator = Indicators.indicator(id) else {
                errors.append(FieldError(field: id, message: "Нет показателя «\(id)»"))
                continue
            }
            if let value, let error = indicator.planError(value) { errors.append(FieldError(field: id, message: error)) }
        }
        guard errors.isEmpty else { throw StoreError.invalid(errors) }
        let current = try await indicatorPlans(year: year)[municipalityId] ?? [:]
        let changes = values.filter { current[$0.key] != $0.value }.sorted { $0.key < $1.key }
        guard !changes.isEmpty else { return 0 }
        try await backend.write { db in
            var seq = try await db.raw("SELECT COALESCE(MAX(seq), 0) AS seq FROM indicator_plans").first()?.decode(column: "seq", as: Int64.self) ?? 0
            for (id, value) in changes {
                seq += 1
                try await db.raw(
                    """
                    INSERT INTO indicator_plans (seq, year, municipality_id, indicator, value, set_at, set_by)
                    VALUES (\(bind: seq), \(bind: Int64(year)), \(bind: municipalityId), \(bind: id), \(bind: value), \(bind: Timestamp.millis(now)), \(bind: userId))
                    """
                ).run()
            }
        }
        return changes.count
    }

    /// Every change of the plans of `year` for the region ("") or a municipality, the latest first.
    public func indicatorPlanHistory(year: Int, municipalityId: String) async throws -> [IndicatorPlanChange] {
        try await backend.read { db in
            try await db.raw(
                """
                SELECT p.indicator, p.value, p.set_at, u.name FROM indicator_plans p JOIN users u ON u.id = p.set_by
                WHERE p.year = \(bind: Int64(year)) AND p.municipality_id = \(bind: municipalityId) ORDER BY p.seq DESC
                """
            ).all().map { row in
                IndicatorPlanChange(
                    indicatorId: try row.decode(column: "indicator", as: String.self), value: try row.decode(column: "value", as: Double?.self),
                    at: Timestamp.date(millis: try row.decode(column: "set_at", as: Int64.self)), by: try row.decode(column: "name", as: String.self)
                )
            }
        }
    }
}
