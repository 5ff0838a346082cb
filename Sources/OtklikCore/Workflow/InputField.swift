/// A field an action requires in its input.
public enum InputField: String, Sendable, CaseIterable {
    case bodyId, text, until, reason, ground, intoId, repeatOf, satisfied, grade

    func isPresent(in input: ActionInput) -> Bool {
        switch self {
        case .bodyId: !(input.bodyId ?? "").isEmpty
        case .text: !(input.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        case .until: input.until != nil
        case .reason: !(input.reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        case .ground: input.ground != nil
        case .intoId: !(input.intoId ?? "").isEmpty
        case .repeatOf: !(input.repeatOf ?? "").isEmpty
        case .satisfied: input.satisfied != nil
        case .grade: input.grade != nil
        }
    }

    var missingMessage: String {
        switch self {
        case .bodyId: "Укажите орган"
        case .text: "Введите текст ответа"
        case .until: "Укажите дату, до которой откладывается рассмотрение"
        case .reason: "Укажите причину"
        case .ground: "Укажите основание по ст. 11 59-ФЗ"
        case .intoId: "Укажите обращение, с которым объединить"
        case .repeatOf: "Укажите прежнее обращение, повтором которого является это"
        case .satisfied: "Укажите, решена ли проблема"
        case .grade: "Укажите оценку ответа"
        }
    }
}
