/// How a reviewer in the centre grades a body's answer (issue 7; seeds 000 §4.3, 004 §4.3б: the rating
/// counts the «полнота и качество» of answers; 59-ФЗ ст. 10 ч. 1 п. 1 asks for «объективное, всестороннее
/// и своевременное рассмотрение»). Only an answer on the merits counts as good in the quality score.
public enum AnswerGrade: String, Codable, Sendable, CaseIterable {
    /// The answer addresses what was asked and says what was or will be done.
    case substantive
    /// A formal reply («отписка»): words without an answer to the question.
    case formal
    /// Answers only part of what was asked.
    case incomplete

    public var title: String {
        switch self {
        case .substantive: "По существу"
        case .formal: "Формальный ответ («отписка»)"
        case .incomplete: "Неполный ответ"
        }
    }

    /// A grade that finds fault needs its reason on record, so the body can see what to mend.
    public var needsReason: Bool { self != .substantive }
}
