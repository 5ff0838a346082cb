import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `/engagement`: the centre's page for residents' polls and discussions (M13; issue 9) — what is running,
/// with links to the residents' pages, and the forms to put a new poll (questions written as `PollText`) or
/// open a discussion. For the roles that run polls; the same checks as the API (`PollDesk`, `DiscussionDesk`).
struct EngagementPage {
    let polls: PollDesk
    let discussions: DiscussionDesk
    let configuration: ServerConfiguration
    let renderer: PageRenderer

    struct View {
        struct Row {
            var title: String
            var state: String
            var period: String
            var figure: String
            var link: String
        }

        var chrome: PageChrome
        var polls: [Row]
        var discussions: [Row]
        var municipalities: [SelectOption]
        var values: [String: String]
        var pollErrors: [String]
        var discussionErrors: [String]
        var notice: String?
    }

    static let questionsExample = """
        ? Какой двор благоустроить первым? [один]
        - ул. Садовая, 5
        - ул. Мира, 12
        ? Что важнее во дворе? [порядок]
        - Освещение
        - Детская площадка
        - Парковка
        ? Ваши предложения [текст]
        """

    func register(on pages: RouterGroup<OtklikRequestContext>) {
        pages.get("/engagement") { request, context in
            let notice = request.uri.queryParameters.get("created").map { $0 == "poll" ? "Опрос создан" : "Обсуждение открыто" }
            return try await show(context, values: [:], notice: notice)
        }
        pages.post("/engagement/polls") { request, context in try await createPoll(request, context) }
        pages.post("/engagement/discussions") { request, context in try await createDiscussion(request, context) }
    }

    private var format: WebFormat { WebFormat(timeZone: configuration.timeZone) }

    private func show(
        _ context: OtklikRequestContext, values: [String: String], pollErrors: [FieldError] = [], discussionErrors: [FieldError] = [],
        notice: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let user = try context.requireUser()
        guard user.role.runsPolls else { throw Problem.forbidden("Опросы и обсуждения ведут администратор, куратор и руководитель ЦУР") }
        let now = Timestamp.now()
        let period = { (from: Date, to: Date) in "\(format.dateTime(from) ?? "") — \(format.dateTime(to) ?? "")" }
        var pollRows: [View.Row] = []
        for poll in try await polls.store.polls() {
            pollRows.append(
                View.Row(
                    title: poll.title, state: poll.state(at: now).title, period: period(poll.opensAt, poll.closesAt),
                    figure: "голосов: \(try await polls.store.ballots(of: poll.id).count)", link: "/public/polls/\(poll.id)"
                )
            )
        }
        var discussionRows: [View.Row] = []
        for discussion in try await discussions.store.discussions() {
            let published = try await discussions.store.comments(of: discussion.id, status: .published).count
            let waiting = try await discussions.store.comments(of: discussion.id, status: .pending).count
            discussionRows.append(
                View.Row(
                    title: discussion.title, state: discussion.state(at: now).title, period: period(discussion.opensAt, discussion.closesAt),
                    figure: "опубликовано: \(published), ждут модерации: \(waiting)", link: "/public/discussions/\(discussion.id)"
                )
            )
        }
        var shown = values
        if shown["questions"] == nil { shown["questions"] = Self.questionsExample }
        if shown["opensAt"] == nil { shown["opensAt"] = format.localInput(now) }
        if shown["closesAt"] == nil { shown["closesAt"] = format.localInput(now.addingTimeInterval(14 * 86_400)) }
        let view = View(
            chrome: try PageChrome(title: "Опросы и обсуждения", context: context), polls: pollRows, discussions: discussionRows,
            municipalities: SelectOption.municipalities(try await polls.store.references(), selected: values["municipalityId"]), values: shown,
            pollErrors: pollErrors.map(\.message), discussionErrors: discussionErrors.map(\.message), notice: notice
        )
        return renderer.html("engagement", view, status: status)
    }

    /// The window and the place the two forms share; a field that cannot be read is an error by its name.
    private func window(_ form: WebForm) -> (opens: Date?, closes: Date?, errors: [FieldError]) {
        var errors: [FieldError] = []
        let opens = form["opensAt"].flatMap(format.instant(localInput:))
        let closes = form["closesAt"].flatMap(format.instant(localInput:))
        if opens == nil { errors.append(FieldError(field: "opensAt", message: "Укажите дату и время начала")) }
        if closes == nil { errors.append(FieldError(field: "closesAt", message: "Укажите дату и время окончания")) }
        return (opens, closes, errors)
    }

    private func createPoll(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let form = try await WebForm.read(request, context: context)
        let parsed = PollText.questions(form.fields["questions"] ?? "")
        let (opens, closes, windowErrors) = window(form)
        var errors = windowErrors + parsed.errors
        if errors.isEmpty, let opens, let closes {
            let poll = Poll(
                id: UUID().uuidString.lowercased(), title: form["title"] ?? "", description: form["description"], municipalityId: form["municipalityId"],
                residentsOnly: form["residentsOnly"] == "yes", opensAt: opens, closesAt: closes, questions: parsed.questions, createdAt: Timestamp.now()
            )
            do {
                try await polls.create(poll, by: try context.requireUser())
                return .redirect(to: "/engagement?created=poll", type: .normal)
            } catch let problem as Problem where problem.status == .unprocessableContent {
                errors = problem.errors ?? []
            }
        }
        return try await show(context, values: form.fields, pollErrors: errors, status: .unprocessableContent)
    }

    private func createDiscussion(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let form = try await WebForm.read(request, context: context)
        let (opens, closes, windowErrors) = window(form)
        var errors = windowErrors
        if errors.isEmpty, let opens, let closes {
            let discussion = Discussion(
                id: UUID().uuidString.lowercased(), title: form["title"] ?? "", description: form["description"], municipalityId: form["municipalityId"],
                opensAt: opens, closesAt: closes, createdAt: Timestamp.now()
            )
            do {
                try await discussions.create(discussion, by: try context.requireUser())
                return .redirect(to: "/engagement?created=discussion", type: .normal)
            } catch let problem as Problem where problem.status == .unprocessableContent {
                errors = problem.errors ?? []
            }
        }
        return try await show(context, values: form.fields, discussionErrors: errors, status: .unprocessableContent)
    }
}
