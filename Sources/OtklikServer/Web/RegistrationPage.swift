import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// `GET/POST /appeals/new`: an operator registers a letter, a phone message (телефонограмма), a visit or an
/// e-mail by hand. The form carries its own id as the intake's external id, so a double click or a resent
/// form registers one appeal, not two.
struct RegistrationPage {
    let store: AppealStore
    let configuration: ServerConfiguration
    let renderer: PageRenderer

    /// The channels an operator enters by hand; the others arrive through their connectors.
    static let manualChannels: [Channel] = [.letter, .phone, .visit, .email]

    func register(on pages: RouterGroup<OtklikRequestContext>) {
        pages.get("/appeals/new") { _, context in
            let format = WebFormat(timeZone: configuration.timeZone)
            return try await page(context, values: ["kind": AppealKind.appeal.rawValue, "channel": Channel.letter.rawValue, "receivedAt": format.localInput(Timestamp.now())])
        }
        pages.post("/appeals/new") { request, context in try await submit(request, context) }
    }

    private func requireIntakeRole(_ context: OtklikRequestContext) throws -> User {
        let user = try context.requireUser()
        guard user.role.takesIn else { throw Problem.forbidden("Роль «\(user.role.title)» не регистрирует обращения") }
        return user
    }

    private func page(
        _ context: OtklikRequestContext, values: [String: String], errors: [String: String] = [:], alert: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        _ = try requireIntakeRole(context)
        let references = try await store.references()
        let view = RegistrationView(
            chrome: try PageChrome(title: "Регистрация обращения", context: context),
            formId: values["formId"] ?? "form-" + TokenHash.newToken().prefix(24),
            kinds: SelectOption.list(AppealKind.allCases.map { ($0.rawValue, $0.title) }, selected: values["kind"]),
            channels: SelectOption.list(Self.manualChannels.map { ($0.rawValue, $0.title) }, selected: values["channel"]),
            municipalities: SelectOption.municipalities(references, selected: values["municipalityId"]),
            topics: SelectOption.list(
                references.rubricator.topics.map { ($0.id, (references.blockName($0.blockId).map { $0 + " — " } ?? "") + $0.name) },
                selected: values["topicId"]
            ),
            values: Self.templateKeys(values), errors: Self.templateKeys(errors), alert: alert
        )
        return renderer.html("register", view, status: status)
    }

    /// A template reads `a.b` as a path, so `author.name` is looked up as `author_name`.
    static func templateKeys(_ fields: [String: String]) -> [String: String] {
        Dictionary(fields.map { ($0.key.replacingOccurrences(of: ".", with: "_"), $0.value) }) { first, _ in first }
    }

    private func submit(_ request: Request, _ context: OtklikRequestContext) async throws -> Response {
        let user = try requireIntakeRole(context)
        let form = try await WebForm.read(request, context: context)
        let (draft, readErrors) = draft(from: form)
        guard let draft, readErrors.isEmpty else {
            return try await page(context, values: form.fields, errors: readErrors, alert: "Исправьте отмеченные поля", status: .unprocessableContent)
        }
        do {
            guard let result = try await store.intake([draft], by: user).first else { throw Problem.malformed("Пустая форма") }
            return .redirect(to: "/appeals/\(result.appeal.id)?registered=\(result.created ? "new" : "again")", type: .normal)
        } catch {
            let problem = ProblemMiddleware.problem(for: error, logger: context.logger)
            guard problem.status == .unprocessableContent else { throw problem }
            var errors: [String: String] = [:]
            for error in problem.errors ?? [] { errors[error.field] = error.message }
            return try await page(context, values: form.fields, errors: errors, alert: "Исправьте отмеченные поля", status: .unprocessableContent)
        }
    }

    /// The form as a draft; fields that cannot be read are errors under their own names.
    func draft(from form: WebForm) -> (AppealDraft?, [String: String]) {
        var errors: [String: String] = [:]
        let kind = form["kind"].flatMap(AppealKind.init(rawValue:))
        if kind == nil { errors["kind"] = "Выберите вид" }
        let channel = form["channel"].flatMap(Channel.init(rawValue:)).flatMap { Self.manualChannels.contains($0) ? $0 : nil }
        if channel == nil { errors["channel"] = "Выберите, как поступило: письмо, телефонограмма, приём или почта" }
        var receivedAt: Date?
        if let raw = form["receivedAt"] {
            receivedAt = WebFormat(timeZone: configuration.timeZone).instant(localInput: raw)
            if receivedAt == nil { errors["receivedAt"] = "Дата и время в формате ДД.ММ.ГГГГ ЧЧ:ММ" }
        }
        guard let kind, let channel, errors.isEmpty else { return (nil, errors) }
        let author = Author(
            name: form["author.name"], email: form["author.email"], phone: form["author.phone"],
            postalAddress: form["author.postalAddress"]
        )
        return (
            AppealDraft(
                kind: kind, channel: channel, externalId: form["formId"], receivedAt: receivedAt, author: author,
                text: form.fields["text"] ?? "", summary: form["summary"], address: form["address"],
                municipalityId: form["municipalityId"], topicId: form["topicId"]
            ),
            errors
        )
    }
}
