import OtklikCore
import OtklikStore

/// The weekly note's parameters, for the page and the API alike: `week` (any day of it, ГГГГ-ММ-ДД; the last
/// full week by default), `municipality` (the region when not given), `format` (`docx` for the note as a
/// document, `csv` or `xlsx` for its figures). Every bad one is in `errors`.
struct WeeklyNoteQuery {
    var week: ReportWeek
    var municipality: String?
    var filter = SliceFilter()
    var format: ExportFormat?
    /// `format=docx`: the note as a Word document.
    var document = false
    var errors: [FieldError]

    init(_ value: @escaping (String) -> String?, references: ReferenceData, today: LocalDate) {
        var reader = QueryReader(value)
        week = ReportWeek.lastFull(before: today)
        if let raw = reader.text("week") {
            if let day = LocalDate(iso: raw), SliceQuery.years.contains(day.year) {
                week = ReportWeek(containing: day)
            } else {
                reader.errors.append(FieldError(field: "week", message: "Ожидается дата недели в виде ГГГГ-ММ-ДД, например 2026-11-16"))
            }
        }
        if reader.given("format") == "docx" { document = true } else { format = ExportFormat.read(&reader) }
        municipality = reader.text("municipality")
        if let municipality {
            if references.municipalityIds.contains(municipality) {
                filter.restrict(.municipality, to: [municipality])
            } else {
                reader.errors.append(FieldError(field: "municipality", message: "Муниципальное образование: неизвестное значение «\(municipality)»"))
            }
        }
        errors = reader.errors
    }

    /// The dashboard's slices over the week, over what `scope` may see: its 7 days make the previous period
    /// the week before.
    func dashboard(_ store: AppealStore, scope: Scope) async throws -> Dashboard {
        Dashboard(slices: try await store.slices(Dashboard.requests(from: week.monday, to: week.sunday, filter: filter), visibleTo: scope))
    }

    /// «регион» or the municipality's name.
    func subject(_ references: ReferenceData) -> String {
        references.municipalityName(municipality) ?? "регион"
    }
}
