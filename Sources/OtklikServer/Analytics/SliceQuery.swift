import Foundation
import OtklikCore
import OtklikStore

/// A slice as the query string asks for it (the API and the analytics page read the same parameters):
/// `measure`, `rows`, `columns`, `from`, `to` (ISO days, both included; the last 30 days by default),
/// filters `municipality`, `block`, `topic`, `body`, `channel`, `kind`, `status` (comma-separated values)
/// and `source` (`cube`, the rollup in memory; `rollup`, the stored one summed by the database; `raw`, counted
/// from the items).
struct SliceQuery {
    /// The longest period one slice covers: five years of daily cells.
    static let maxDays = 5 * 366
    static let defaultDays = 30
    /// The years a period may name: appeals have receipt dates, not archaeology.
    static let years = 1900...2999

    var request: SliceRequest
    var source: AppealStore.SliceSource

    /// Reads the parameters through `value` (nil or "" for a missing one); every bad one is reported at once.
    init(_ value: @escaping (String) -> String?, references: ReferenceData, today: LocalDate) throws(ValidationFailure) {
        var reader = QueryReader(value)
        func text(_ name: String) -> String? { reader.text(name) }
        func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) -> T? where T.RawValue == String {
            reader.choice(name, type)
        }
        func day(_ name: String) -> LocalDate? {
            guard let raw = text(name) else { return nil }
            if let found = LocalDate(iso: raw), Self.years.contains(found.year) { return found }
            if LocalDate(iso: raw) != nil {
                reader.errors.append(FieldError(field: name, message: "Дата вне допустимых лет \(Self.years.lowerBound)–\(Self.years.upperBound)"))
                return nil
            }
            reader.errors.append(FieldError(field: name, message: "Ожидается дата в виде ГГГГ-ММ-ДД, например 2026-11-01"))
            return nil
        }
        let measure = choice("measure", SliceMeasure.self) ?? .count
        let rows = choice("rows", SliceDimension.self) ?? .block
        let columns = choice("columns", SliceDimension.self)
        if columns == rows { reader.errors.append(FieldError(field: "columns", message: "Второй разрез должен отличаться от первого")) }
        let to = day("to") ?? today
        let from = day("from") ?? to.adding(days: 1 - Self.defaultDays)
        if from > to {
            reader.errors.append(FieldError(field: "from", message: "Начало периода позже его конца"))
        } else if to.dayNumber - from.dayNumber >= Int64(Self.maxDays) {
            reader.errors.append(FieldError(field: "to", message: "Период не длиннее пяти лет"))
        }
        var filter = SliceFilter()
        for dimension in SliceDimension.attributes {
            guard let raw = text(dimension.rawValue) else { continue }
            let values = Set(raw.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
            let known = Self.knownValues(dimension, references)
            if let unknown = values.subtracting(known).sorted().first {
                reader.errors.append(FieldError(field: dimension.rawValue, message: "\(dimension.title): неизвестное значение «\(unknown)»"))
            }
            filter.restrict(dimension, to: values)
        }
        source = choice("source", AppealStore.SliceSource.self) ?? .cube
        guard reader.errors.isEmpty else { throw ValidationFailure(reader.errors) }
        request = SliceRequest(measure: measure, rows: rows, columns: columns, from: from, to: to, filter: filter)
    }

    /// A query that reads only `names` (a page offering the period and some filters), the rest as not given.
    static func limited(
        to names: Set<String>, _ value: @escaping (String) -> String?, references: ReferenceData, today: LocalDate
    ) throws(ValidationFailure) -> SliceQuery {
        try SliceQuery({ names.contains($0) ? value($0) : nil }, references: references, today: today)
    }

    /// The values a filter may name; "" (not set yet) is allowed where an item may lack the value.
    static func knownValues(_ dimension: SliceDimension, _ references: ReferenceData) -> Set<String> {
        switch dimension {
        case .municipality: references.municipalityIds.union([""])
        case .block: Set(references.rubricator.blocks.map(\.id)).union([""])
        case .topic: Set(references.rubricator.topics.map(\.id)).union([""])
        case .body: references.bodyIds.union([""])
        case .channel: Set(Channel.allCases.map(\.rawValue))
        case .kind: Set(AppealKind.allCases.map(\.rawValue))
        case .status: Set(AppealStatus.allCases.map(\.rawValue))
        case .day, .week, .month, .quarter, .year: []
        }
    }
}
