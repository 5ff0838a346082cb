/// How a poll's question is answered (issue 9: «single/multiple choice, ranking, free text»).
public enum PollQuestionKind: String, Codable, Sendable, CaseIterable {
    case single
    case multiple
    case ranking
    case text

    public var title: String {
        switch self {
        case .single: "Один вариант"
        case .multiple: "Несколько вариантов"
        case .ranking: "Расставить по важности"
        case .text: "Свободный ответ"
        }
    }
}
