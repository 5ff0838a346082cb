import OtklikCore

/// A ballot from the poll page's form: `q.<id>` holds a choice's index (one, or several for multiple choice)
/// or the free text; a ranking sends each option's place as `q.<id>.<option>` (1 is the most important);
/// `municipalityId` where the poll is for residents only. Two options at one place are a field error.
enum PollFormFields {
    static func ballot(_ form: WebForm, for poll: Poll) throws -> PollBallot {
        var answers: [String: PollAnswer] = [:]
        var errors: [FieldError] = []
        for question in poll.questions {
            let name = "q.\(question.id)"
            switch question.kind {
            case .text:
                if let text = form[name] { answers[question.id] = PollAnswer(text: text) }
            case .single, .multiple:
                let choices = form.values(name).compactMap(Int.init)
                if !choices.isEmpty { answers[question.id] = PollAnswer(choices: choices) }
            case .ranking:
                let places = question.options.indices.map { form["\(name).\($0)"].flatMap(Int.init) }
                guard places.allSatisfy({ $0 != nil }) else {
                    errors.append(FieldError(field: "answers/\(question.id)", message: "Поставьте место каждому варианту"))
                    continue
                }
                let filled = places.compactMap { $0 }
                guard Set(filled).count == filled.count else {
                    errors.append(FieldError(field: "answers/\(question.id)", message: "На каждом месте — один вариант"))
                    continue
                }
                answers[question.id] = PollAnswer(choices: question.options.indices.sorted { filled[$0] < filled[$1] })
            }
        }
        guard errors.isEmpty else { throw Problem.invalid(errors) }
        return PollBallot(answers: answers, municipalityId: form["municipalityId"])
    }
}
