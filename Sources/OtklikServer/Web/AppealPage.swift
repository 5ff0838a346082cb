import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `GET /appeals/{id}`: the card; `POST /appeals/{id}/actions/{action}`: one workflow action from its form.
/// An appeal outside the user's scope is «не найдено», the same as a missing one.
struct AppealPage {
    let store: AppealStore
    let configuration: ServerConfiguration
    let renderer: PageRenderer

    func register(on pages: RouterGroup<OtklikRequestContext>) {
        pages.get("/appeals/:id") { request, context in
            let query = request.uri.queryParameters
            let done = query.get("done").flatMap(WorkflowAction.init(rawValue:)).map { "Выполнено: «\($0.title)»" }
            let registered: String? =
                switch query.get("registered") {
                case "new": "Обращение зарегистрировано"
                case "again": "Эта форма уже была сохранена: показано обращение, зарегистрированное по ней"
                default: nil
                }
            return try await card(context, notice: done ?? registered)
        }
        pages.post("/appeals/:id/actions/:action") { request, context in try await act(request, context) }
        pages.get("/appeals/:id/files/:file") { _, context in
            let (appeal, user) = try await visible(context)
            return try await AttachmentsAPI(store: store).download(context.parameters.get("file") ?? "", of: appeal, by: user)
        }
        pages.get("/appeals/:id/files/:file/thumbnail") { _, context in
            let (appeal, user) = try await visible(context)
            return try await AttachmentsAPI(store: store).thumbnail(context.parameters.get("file") ?? "", of: appeal, by: user)
        }
    }

    /// A file's size as a person reads it: «820 Б», «12 КБ», «1,4 МБ».
    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) Б" }
        if bytes < 1 << 20 { return "\(bytes >> 10) КБ" }
        return SliceFormat.decimal(Double(bytes) / Double(1 << 20), digits: 1) + " МБ"
    }

    private func visible(_ context: OtklikRequestContext) async throws -> (Appeal, User) {
        let user = try context.requireUser()
        guard let appeal = try await store.appeal(id: context.parameters.get("id") ?? "", visibleTo: user.scope) else { throw Problem.notFound() }
        return (appeal, user)
    }

    /// The card; after a refused action, that action's form stays open with what was typed and the errors.
    func card(
        _ context: OtklikRequestContext, notice: String? = nil, failed: (WorkflowAction, WebForm, [String: String])? = nil,
        error: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let (appeal, user) = try await visible(context)
        let references = try await store.references()
        let builder = AppealViewBuilder(
            references: references, users: try await store.users(), format: WebFormat(timeZone: configuration.timeZone),
            dueSoon: configuration.dueSoon
        )
        let fields = ActionFormFields(references: references, terms: store.terms)
        let allowed = Workflow.allowedActions(for: appeal, by: user)
        let suggestions = try await AppealSuggestions.make(for: appeal, user: user, store: store)
        let actions = allowed.map { action in
            failed.flatMap {
                $0.0 == action ? fields.form(action, appeal: appeal, suggestion: suggestions.suggestion, municipalityId: suggestions.municipality?.id, values: $0.1.fields, errors: $0.2, open: true) : nil
            } ?? fields.form(action, appeal: appeal, suggestion: suggestions.suggestion, municipalityId: suggestions.municipality?.id)
        }
        var linked: [AppealView.Link] = []
        for (label, id) in [("Дубликат обращения", appeal.duplicateOf), ("Повторное к", appeal.repeatOf), ("Объединено с", appeal.mergedInto)] {
            if let id, let other = try await store.appeal(id: id, visibleTo: user.scope) {
                linked.append(AppealView.Link(label: label, id: other.id, number: other.number))
            }
        }
        var view = builder.view(
            appeal, for: user, chrome: try PageChrome(title: appeal.number, context: context),
            history: try await store.history(of: appeal.id), actions: actions, links: linked,
            suggestions: SuggestionsView(suggestions, appeal: appeal, canMerge: allowed.contains(.merge), canMarkRepeat: allowed.contains(.markRepeat)),
            notice: notice, error: error
        )
        for file in try await store.attachments(of: appeal.id) {
            let opens = user.role.seesPersonalData
            // Made here the first time (then kept), so a photo that does not decode shows no broken picture.
            var pictured = false
            if opens, Thumbnail.sources.contains(file.contentType) {
                pictured = try await store.thumbnail(file.id, of: appeal.id, make: { Thumbnail.jpeg(of: $0) }) != nil
            }
            view.files.append(
                AppealView.FileRow(
                    name: file.fileName ?? "без имени", kind: AttachmentPolicy.kinds[file.contentType] ?? "файл", size: Self.size(file.size),
                    link: opens ? "/appeals/\(appeal.id)/files/\(file.id)" : nil,
                    thumbnail: pictured ? "/appeals/\(appeal.id)/files/\(file.id)/thumbnail" : nil
                )
            )
        }
        view.hasFiles = !view.files.isEmpty
        return renderer.html("appeal", view, status: status)
    }

    private func act(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let id = context.parameters.get("id") ?? ""
        let raw = context.parameters.get("action") ?? ""
        guard let action = WorkflowAction(rawValue: raw) else { throw Problem.notFound("Нет действия «\(raw)»") }
        let form = try await WebForm.read(request, context: context)
        let references = try await store.references()
        let (input, readErrors) = ActionFormFields(references: references, terms: store.terms).input(from: form)
        guard readErrors.isEmpty else {
            return try await card(context, failed: (action, form, readErrors), error: "Исправьте отмеченные поля", status: .unprocessableContent)
        }
        do {
            _ = try await store.perform(action, input: input, on: id, by: user)
        } catch {
            let problem = ProblemMiddleware.problem(for: error, logger: context.logger)
            guard problem.status != .notFound else { throw problem }
            var fieldErrors: [String: String] = [:]
            for error in problem.errors ?? [] { fieldErrors[error.field] = error.message }
            return try await card(context, failed: (action, form, fieldErrors), error: problem.detail ?? problem.title, status: problem.status)
        }
        return .redirect(to: "/appeals/\(id)?done=\(action.rawValue)", type: .normal)
    }
}
