import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `GET /`: the appeals the user's scope allows, with counters, filters, a choice of order and keyset paging.
/// The filters are the API's (`AppealListQuery`), so a page address and an API call select the same rows.
struct InboxPage {
    let store: AppealStore
    let configuration: ServerConfiguration
    let renderer: PageRenderer
    static let pageSize = 50

    func register(on pages: RouterGroup<OtklikRequestContext>) {
        pages.get("/") { request, context in try await inbox(request, context) }
        pages.get("/export") { request, context in try await export(request, context) }
        pages.post("/filters") { request, context in try await saveFilter(request, context) }
        pages.post("/filters/:id/delete") { request, context in try await deleteFilter(request, context) }
    }

    /// Every item the inbox's filter finds, as a file (`format=csv|xlsx`, CSV when not given); a wrong filter
    /// shows the inbox with the error.
    func export(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard let query = try? AppealListQuery(request, dueSoon: configuration.dueSoon) else { return try await inbox(request, context) }
        return try await AppealListExport(
            store: store, filter: query.filter, scope: user.scope, references: try await store.references(), timeZone: configuration.timeZone
        )
            .response(query.export ?? .csv)
    }

    /// Keeps the inbox's current filter under a name, then shows it.
    func saveFilter(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let form = try await WebForm.read(request, context: context)
        let query = form.fields["query"] ?? ""
        do {
            _ = try await store.saveFilter(name: form.fields["name"] ?? "", query: query, for: user.id)
        } catch StoreError.invalid(let errors) {
            throw Problem(.unprocessableContent, type: "invalid", title: "Фильтр не сохранён", detail: errors.map(\.message).joined(separator: "; "))
        }
        return .redirect(to: "/?" + query, type: .normal)
    }

    func deleteFilter(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try context.requireUser()
        _ = try await WebForm.read(request, context: context)
        guard try await store.deleteFilter(id: context.parameters.get("id") ?? "", for: user.id) else {
            throw Problem.notFound("Такого сохранённого фильтра нет")
        }
        return .redirect(to: "/", type: .normal)
    }

    func inbox(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let format = WebFormat(timeZone: configuration.timeZone)
        let now = Timestamp.now()
        var errors: [String: String] = [:]
        var rows: [InboxView.Row] = []
        var nextLink: String?
        let parameters = request.uri.queryParameters
        var query: AppealListQuery?
        do {
            query = try AppealListQuery(request, dueSoon: configuration.dueSoon)
        } catch let problem as Problem {
            for error in problem.errors ?? [] { errors[error.field] = error.message }
        }
        let references = try await store.references()
        if let query {
            let page = try await store.list(query.filter, visibleTo: user.scope, limit: Self.pageSize, after: query.cursor, now: now)
            rows = page.items.map { row($0, references: references, format: format, now: now) }
            nextLink = page.nextCursor.map { link(parameters, cursor: $0.encoded) }
        }
        let counters = try await store.counters(of: InboxCounter.allCases.flatMap(\.statuses), visibleTo: user.scope, now: now)
        let status = parameters.get("status") ?? ""
        let currentQuery = String(link(parameters, cursor: nil).dropFirst(2))
        let saved = try await store.savedFilters(for: user.id)
        let view = InboxView(
            chrome: try PageChrome(title: "Входящие", context: context),
            saved: saved.map { InboxView.Saved(id: $0.id, name: $0.name, link: "/?" + $0.query, active: $0.query == currentQuery) },
            hasSaved: !saved.isEmpty, currentQuery: currentQuery,
            counters: InboxCounter.allCases.map { counter in
                InboxView.Counter(
                    title: counter.title, count: counter.count(in: counters), link: "/?" + counter.query,
                    alert: counter == .overdue && counters.overdue > 0,
                    active: counter == .overdue ? parameters.get("overdue") == "true" : status == counter.statuses.map(\.rawValue).joined(separator: ",")
                )
            },
            filters: filters(parameters, references: references),
            errors: errors, rows: rows, hasRows: !rows.isEmpty, isEmpty: rows.isEmpty && errors.isEmpty, nextLink: nextLink,
            firstLink: parameters.get("cursor") == nil ? nil : link(parameters, cursor: nil),
            exports: ExportLink.all("/export", query: currentQuery)
        )
        return renderer.html("inbox", view, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    private func row(_ appeal: Appeal, references: ReferenceData, format: WebFormat, now: Date) -> InboxView.Row {
        let state = TermState.of(appeal, at: now, soon: configuration.dueSoon)
        let due = appeal.status.termRuns ? appeal.controlDueAt : nil
        return InboxView.Row(
            id: appeal.id, number: appeal.number, received: format.dateTime(appeal.receivedAt) ?? "",
            channelCode: appeal.channel.rawValue, channelTitle: appeal.channel.title, channelShort: appeal.channel.shortTitle, kindTitle: appeal.kind.title,
            statusTitle: appeal.status.title,
            topic: references.topicName(appeal.topicId) ?? "Тема не указана",
            municipality: references.municipalityName(appeal.municipalityId) ?? "—",
            body: references.bodyName(appeal.bodyId) ?? "Не направлено",
            firstLine: Self.firstLine(appeal.text),
            urgent: Self.urgentTitles(appeal.text),
            due: format.dateTime(due), overdue: state == .overdue,
            overdueBy: state == .overdue ? due.map { format.span(now.timeIntervalSince($0)) } : nil,
            dueSoon: state == .dueSoon
        )
    }

    static func firstLine(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.count > 160 ? String(line.prefix(157)) + "…" : line
    }

    private static let flagger = TextFlagger()

    /// The urgent flags of a text for its row, joined; nil when there are none.
    static func urgentTitles(_ text: String) -> String? {
        let titles = flagger.flags(text).filter(\.flag.isUrgent).map(\.flag.title)
        return titles.isEmpty ? nil : titles.joined(separator: ", ")
    }

    /// The same inbox address with another page position.
    private func link(_ parameters: Parameters, cursor: String?) -> String {
        var items = parameters.filter { $0.key != "cursor" }.map { (String($0.key), String($0.value)) }
        if let cursor { items.append(("cursor", cursor)) }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_.,"))
        return "/?" + items.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }

    private func filters(_ parameters: Parameters, references: ReferenceData) -> InboxView.Filters {
        func chosen(_ name: String) -> String? { parameters.get(name) }
        return InboxView.Filters(
            statuses: SelectOption.list(AppealStatus.allCases.map { ($0.rawValue, $0.title) }, selected: chosen("status")),
            kinds: SelectOption.list(AppealKind.allCases.map { ($0.rawValue, $0.title) }, selected: chosen("kind")),
            channels: SelectOption.list(Channel.allCases.map { ($0.rawValue, $0.title) }, selected: chosen("channel")),
            blocks: SelectOption.blocks(references, selected: chosen("block")),
            municipalities: SelectOption.municipalities(references, selected: chosen("municipality")),
            bodies: SelectOption.list(references.bodies.map { ($0.id, $0.name) }, selected: chosen("body")),
            sorts: SelectOption.list(AppealSort.allCases.map { ($0.rawValue, $0.title) }, selected: chosen("sort") ?? AppealSort.newest.rawValue),
            from: chosen("from") ?? "", to: chosen("to") ?? "", q: chosen("q") ?? "", overdue: chosen("overdue") == "true",
            dueSoon: chosen("dueSoon") == "true"
        )
    }
}
