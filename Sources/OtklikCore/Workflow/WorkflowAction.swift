/// Everything that can be done to an appeal after intake.
public enum WorkflowAction: String, Codable, Sendable, CaseIterable {
    case register
    case structure
    case assign
    case accept
    case answer
    case approve
    case rework
    case postpone
    case resume
    case redirect
    case `return`
    case reject
    case merge
    /// The operator links the item to the same author's earlier one on the same problem (issue 5: repeats are
    /// suggested, a person decides).
    case markRepeat = "repeat"
    case reopen
    case rate
    case review

    public var title: String {
        switch self {
        case .register: "Зарегистрировать"
        case .structure: "Изменить структуру"
        case .assign: "Направить в орган"
        case .accept: "Принять в работу"
        case .answer: "Ответить"
        case .approve: "Утвердить ответ"
        case .rework: "Вернуть на доработку"
        case .postpone: "Отложить"
        case .resume: "Возобновить работу"
        case .redirect: "Перенаправить"
        case .return: "Вернуть в ЦУР"
        case .reject: "Отказать по закону"
        case .merge: "Объединить с дубликатом"
        case .markRepeat: "Отметить как повторное"
        case .reopen: "Возобновить рассмотрение"
        case .rate: "Записать оценку гражданина"
        case .review: "Оценить качество ответа"
        }
    }
}
