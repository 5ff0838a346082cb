import Foundation
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
        municipality = reader.municipality(known: references.municipalityIds)
        if let municipality { filter.restrict(.municipality, to: [municipality]) }
        errors = reader.errors
    }

    /// The dashboard's slices over the week, over what `scope` may see: its 7 days make the previous period
    /// the week before.
    func dashboard(_ store: AppealStore, scope: Scope) async throws -> Dashboard {
        Dashboard(slices: try await store.slices(Dashboard.requests(from: week.monday, to: week.sunday, filter: filter), visibleTo: scope))
    }

    /// How many of the week's items are read for notable cases at most.
    static let notableScan = 20_000

    /// The week's notable cases over what `scope` may see (`NotableCases`), the ten most serious.
    func notable(_ store: AppealStore, scope: Scope, timeZone: TimeZone) async throws -> [NotableCase] {
        try await Self.notable(store, week: week, municipality: municipality, scope: scope, timeZone: timeZone)
    }

    static func notable(
        _ store: AppealStore, week: ReportWeek, municipality: String?, scope: Scope, timeZone: TimeZone
    ) async throws -> [NotableCase] {
        let filter = AppealFilter(
            municipalityId: municipality, from: Timestamp.date(millis: week.monday.startMillis(in: timeZone)),
            to: Timestamp.date(millis: week.sunday.adding(days: 1).startMillis(in: timeZone))
        )
        var items: [Appeal] = []
        var cursor: PageCursor?
        repeat {
            let page = try await store.list(filter, visibleTo: scope, limit: 1000, after: cursor)
            items += page.items
            cursor = page.nextCursor
        } while cursor != nil && items.count < notableScan
        return NotableCases.pick(items, flagger: flagger, limit: 10)
    }

    static let flagger = TextFlagger()

    /// «регион» or the municipality's name.
    func subject(_ references: ReferenceData) -> String {
        references.municipalityName(municipality) ?? "регион"
    }
}
