import Foundation
import OtklikCore
import OtklikStore

/// Issues the weekly analytic note every Monday (issue 7; seed 004 §4.3а): once the week has ended, the
/// note of the region and of each municipality is made from the week's slices and kept as issued — its
/// figures and its Word document — in `weekly_notes`, once per week and territory even with several server
/// processes or after a restart. A server that was down on Monday issues the week's notes when it comes back.
/// With `letters`, each note also goes by e-mail to the people it is for (`WeeklyNoteRecipients`), with its
/// headline figures and a link to the page under `linkBase`.
struct WeeklyNoteIssuer {
    let store: AppealStore
    let timeZone: TimeZone
    var letters = false
    var linkBase: String?

    /// Issues what is due at `now`; returns how many notes were issued.
    func issueDue(at now: Date = Timestamp.now()) async throws -> Int {
        let week = ReportWeek.lastFull(before: LocalDate(now, in: timeZone))
        let references = try await store.references()
        let labels = SliceLabels(references: references)
        // One query a tick finds what is left to issue; nothing else is read once the week's notes exist.
        let done = try await store.issuedTerritories(week: week.monday)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let users = letters ? try await store.accounts().filter { !$0.blocked }.map(\.user) : []
        var issued = 0
        for municipality in [nil] + references.municipalities.map(\.id) where !done.contains(municipality ?? "") {
            let territory = municipality ?? ""
            var filter = SliceFilter()
            if let municipality { filter.restrict(.municipality, to: [municipality]) }
            let dashboard = Dashboard(slices: try await store.slices(Dashboard.requests(from: week.monday, to: week.sunday, filter: filter), visibleTo: .all))
            let subject = references.municipalityName(municipality) ?? "регион"
            let notable = try await WeeklyNoteQuery.notable(store, week: week, municipality: municipality, scope: .all, timeZone: timeZone)
            let figures = try encoder.encode(WeeklyNoteResource(dashboard, notable: notable, week: week, subject: subject, labels: labels))
            let document = try DOCXWriter.data(WeeklyNoteDocument.blocks(dashboard, notable: notable, labels: labels, week: week, subject: subject))
            let mail = WeeklyNoteRecipients.emails(municipalityId: municipality, users: users, bodies: references.bodies).map { email in
                OutboundLetter(email: email, message: OutboundMessage(kind: .weeklyNote, text: letter(dashboard, week: week, subject: subject, municipality: municipality)))
            }
            if try await store.issueWeeklyNote(week: week.monday, municipalityId: territory, figures: figures, document: document, letters: mail, at: now) {
                issued += 1
            }
        }
        return issued
    }

    /// The letter: the week's headline figures beside the week before, and where the whole note is.
    private func letter(_ dashboard: Dashboard, week: ReportWeek, subject: String, municipality: String?) -> String {
        var lines = ["Аналитическая записка за неделю \(week.title): \(subject).", ""]
        for slice in dashboard.headlines {
            let measure = slice.request.measure
            lines.append("\(measure.title): \(SliceFormat.value(slice.total, measure)) (неделей раньше \(SliceFormat.value(slice.previousTotal, measure)))")
        }
        if let linkBase {
            let place = municipality.map { "&municipality=\($0)" } ?? ""
            lines += ["", "Записка целиком, с графиками и документом Word: \(linkBase)/reports/weekly?week=\(week.monday.iso)\(place)"]
        }
        lines += ["", "Письмо отправлено системой «Отклик»; выпущенные записки хранятся в разделе «Записка» → «Архив»."]
        return lines.joined(separator: "\n")
    }
}
