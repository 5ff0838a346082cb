import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `GET /reports/weekly/archive`: the weekly notes as issued (`WeeklyNoteIssuer`), for the centre's roles;
/// `/reports/weekly/archive/download?week=&municipality=` gives an issued note's Word document unchanged.
struct WeeklyArchivePage {
    let store: AppealStore
    let configuration: ServerConfiguration
    let renderer: PageRenderer

    func register(on pages: RouterGroup<OtklikRequestContext>) {
        pages.get("/reports/weekly/archive") { _, context in try await list(context) }
        pages.get("/reports/weekly/archive/download") { request, context in try await download(request, context) }
    }

    /// The notes cover the whole region: only the centre's roles read them.
    func reader(_ context: OtklikRequestContext) throws {
        let user = try context.requireUser()
        guard user.role.isCentreWide else { throw Problem.forbidden("Архив записок доступен сотрудникам центра") }
    }

    func list(_ context: OtklikRequestContext) async throws -> Response {
        try reader(context)
        let references = try await store.references()
        let format = WebFormat(timeZone: configuration.timeZone)
        let rows = try await store.issuedNotes().map { note in
            let week = LocalDate(iso: note.week).map { ReportWeek(containing: $0).title } ?? note.week
            return WeeklyArchiveView.Row(
                week: week, subject: references.municipalityName(note.municipalityId) ?? "регион", issuedAt: format.dateTime(note.issuedAt) ?? "",
                sha256: String(note.sha256.prefix(16)),
                link: "/reports/weekly/archive/download?week=\(note.week)" + (note.municipalityId.isEmpty ? "" : "&municipality=\(note.municipalityId)")
            )
        }
        let view = WeeklyArchiveView(chrome: try PageChrome(title: "Архив записок", context: context), rows: rows, hasRows: !rows.isEmpty)
        return renderer.html("weekly-archive", view)
    }

    func download(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        try reader(context)
        let parameters = request.uri.queryParameters
        guard let week = parameters.get("week").flatMap({ LocalDate(iso: $0) }) else {
            throw Problem.invalid([FieldError(field: "week", message: "Ожидается понедельник недели в виде ГГГГ-ММ-ДД")])
        }
        let municipality = parameters.get("municipality") ?? ""
        guard let document = try await store.weeklyNoteDocument(week: week, municipalityId: municipality) else {
            throw Problem.notFound("Записка за эту неделю не выпускалась")
        }
        let subject = try await store.references().municipalityName(municipality) ?? "регион"
        return ReportFile.download(document, name: WeeklyNoteDocument.fileName(subject: subject, monday: week), contentType: DOCXWriter.contentType)
    }
}
