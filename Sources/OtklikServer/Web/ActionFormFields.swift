import Foundation
import OtklikCore
import OtklikStore

/// The fields of each action's form and the reading of a submitted form into an `ActionInput`: the one
/// place that knows which form field is which input, so the card and the handler agree.
struct ActionFormFields {
    let references: ReferenceData
    let terms: TermPolicy

    /// Optional fields an action takes beside those `Transition.requires`.
    static func optional(for action: WorkflowAction) -> [String] {
        switch action {
        case .structure: ["topicId", "municipalityId", "summary", "address"]
        case .rate: ["comment"]
        case .review: ["reason"]
        default: []
        }
    }

    /// The form of one action; a topic or body the appeal lacks is pre-selected from the model's suggestion.
    func form(
        _ action: WorkflowAction, appeal: Appeal, suggestion: StructureSuggestion? = nil, municipalityId: String? = nil, values: [String: String] = [:],
        errors: [String: String] = [:], open: Bool = false
    ) -> ActionFormView {
        let required = Workflow.transition(for: action).requires.map(\.rawValue)
        // Only what the appeal lacks: a topic or body a person chose is never replaced by a suggestion.
        let suggested = [
            "topicId": appeal.topicId == nil ? suggestion?.topics.first?.id : nil, "bodyId": appeal.bodyId == nil ? suggestion?.bodies.first?.id : nil,
            "municipalityId": appeal.municipalityId == nil ? municipalityId : nil,
        ]
        let fields = (required + Self.optional(for: action)).map { name in
            field(name, required: required.contains(name), appeal: appeal, value: values[name] ?? suggested[name] ?? nil, error: errors[name])
        }
        return ActionFormView(
            action: action.rawValue, title: action.title, fields: fields, open: open,
            primary: [.register, .assign, .accept, .answer, .approve].contains(action),
            danger: [.reject, .rework, .return].contains(action), hasFields: !fields.isEmpty
        )
    }

    private func field(_ name: String, required: Bool, appeal: Appeal, value: String?, error: String?) -> ActionFormView.Field {
        func make(_ label: String, _ kind: String, options: [SelectOption] = [], value: String?) -> ActionFormView.Field {
            ActionFormView.Field(
                name: name, label: label, kind: kind, isSelect: kind == "select", isTextarea: kind == "textarea",
                isInput: kind != "select" && kind != "textarea", required: required, options: options, value: value ?? "", fieldError: error
            )
        }
        switch name {
        case "bodyId":
            return make("Орган", "select", options: SelectOption.list(references.bodies.map { ($0.id, $0.name) }, selected: value), value: value)
        case "text": return make("Текст ответа", "textarea", value: value)
        case "until": return make("Отложить до (включительно)", "date", value: value)
        case "reason": return make("Причина", "textarea", value: value)
        case "ground":
            return make("Основание (ст. 11 59-ФЗ)", "select", options: SelectOption.list(RejectionGround.allCases.map { ($0.rawValue, $0.title) }, selected: value), value: value)
        case "intoId": return make("Код основного обращения (из адреса его карточки)", "text", value: value)
        case "repeatOf": return make("Код прежнего обращения того же автора (из адреса его карточки)", "text", value: value)
        case "satisfied":
            return make("Проблема решена?", "select", options: SelectOption.list([("true", "Да, решена"), ("false", "Нет, не решена")], selected: value), value: value)
        case "comment": return make("Комментарий гражданина", "textarea", value: value)
        case "grade":
            return make("Оценка ответа", "select", options: SelectOption.list(AnswerGrade.allCases.map { ($0.rawValue, $0.title) }, selected: value), value: value)
        case "topicId":
            let chosen = value ?? appeal.topicId
            return make("Тема", "select", options: SelectOption.list(references.rubricator.topics.map { ($0.id, topicTitle($0)) }, selected: chosen), value: chosen)
        case "municipalityId":
            let chosen = value ?? appeal.municipalityId
            return make("Муниципальное образование", "select", options: SelectOption.municipalities(references, selected: chosen), value: chosen)
        case "summary": return make("Краткое содержание", "text", value: value ?? appeal.summary)
        default: return make("Адрес", "text", value: value ?? appeal.address)
        }
    }

    private func topicTitle(_ topic: Topic) -> String {
        (references.blockName(topic.blockId).map { $0 + " — " } ?? "") + topic.name
    }

    /// A date as a date field sends it (2026-12-31) or as a person types it (31.12.2026).
    static func day(_ text: String) -> LocalDate? {
        if let day = LocalDate(iso: text) { return day }
        let parts = text.split(separator: ".").compactMap { Int($0) }
        guard parts.count == 3, text.split(separator: ".").count == 3 else { return nil }
        return LocalDate(year: parts[2], month: parts[1], day: parts[0])
    }

    /// The submitted form as the action's input; fields that cannot be read become errors under their names.
    func input(from form: WebForm) -> (ActionInput, [String: String]) {
        var errors: [String: String] = [:]
        var input = ActionInput(
            bodyId: form["bodyId"], text: form["text"], reason: form["reason"], intoId: form["intoId"], repeatOf: form["repeatOf"],
            comment: form["comment"],
            topicId: form["topicId"], municipalityId: form["municipalityId"], summary: form["summary"], address: form["address"]
        )
        if let raw = form["until"] {
            if let day = Self.day(raw) {
                input.until = terms.endOfDay(day)
            } else {
                errors["until"] = "Дата в формате ДД.ММ.ГГГГ"
            }
        }
        if let raw = form["ground"] {
            input.ground = RejectionGround(rawValue: raw)
            if input.ground == nil { errors["ground"] = "Выберите основание из списка" }
        }
        if let raw = form["satisfied"] { input.satisfied = raw == "true" }
        if let raw = form["grade"], !raw.isEmpty {
            input.grade = AnswerGrade(rawValue: raw)
            if input.grade == nil { errors["grade"] = "Выберите оценку из списка" }
        }
        if let raw = form["version"] { input.expectedVersion = Int(raw) }
        return (input, errors)
    }
}
