import Foundation

/// A poll's questions as the centre writes them in one text box (the workspace's form): a line starting
/// with «?» is a question, its kind in brackets at the end — [один], [несколько], [порядок] or [текст]
/// (one choice when none is given); each line starting with «-» below it is an option. Blank lines are
/// ignored. Problems are reported by line number; `PollRules` then checks the poll as a whole.
public enum PollText {
    static let kinds: [String: PollQuestionKind] = ["один": .single, "несколько": .multiple, "порядок": .ranking, "текст": .text]

    public static func questions(_ text: String) -> (questions: [PollQuestion], errors: [FieldError]) {
        var questions: [PollQuestion] = []
        var errors: [FieldError] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            if line.hasPrefix("?") {
                var body = String(line.dropFirst()).trimmingCharacters(in: .whitespaces)
                var kind = PollQuestionKind.single
                if body.hasSuffix("]"), let open = body.lastIndex(of: "[") {
                    let name = body[body.index(after: open)..<body.index(before: body.endIndex)].trimmingCharacters(in: .whitespaces).lowercased()
                    guard let known = kinds[name] else {
                        errors.append(FieldError(field: "questions", message: "Строка \(offset + 1): вид вопроса — [один], [несколько], [порядок] или [текст]"))
                        continue
                    }
                    kind = known
                    body = body[..<open].trimmingCharacters(in: .whitespaces)
                }
                questions.append(PollQuestion(id: "q\(questions.count + 1)", text: body, kind: kind))
            } else if line.hasPrefix("-") {
                guard !questions.isEmpty else {
                    errors.append(FieldError(field: "questions", message: "Строка \(offset + 1): вариант до первого вопроса"))
                    continue
                }
                questions[questions.count - 1].options.append(String(line.dropFirst()).trimmingCharacters(in: .whitespaces))
            } else {
                errors.append(FieldError(field: "questions", message: "Строка \(offset + 1): начните вопрос с «?», вариант — с «-»"))
            }
        }
        return (questions, errors)
    }
}
