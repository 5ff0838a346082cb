import Foundation

/// What a poll and a ballot must be (issue 9), checked before anything is written: a poll an administrator
/// writes has a title, a time window and answerable questions; a ballot is taken only while the poll is open,
/// from a resident of its municipality when it is for residents only, with every choice question answered
/// within its options (a ranking orders all of them). One ballot per verified contact is the store's
/// constraint (`poll_votes`), not a check here.
public enum PollRules {
    public static let maxQuestions = 20
    public static let maxOptions = 20
    public static let maxTitleLength = 300
    public static let maxTextLength = 2000

    /// What a poll and a discussion the centre puts to residents share: a title, a description of bounded
    /// length, a window that ends after it starts, a known municipality and topic.
    public static func headerErrors(
        title: String, description: String?, opensAt: Date, closesAt: Date, municipalityId: String?, topicId: String?,
        municipalityIds: Set<String>, rubricator: Rubricator
    ) -> [FieldError] {
        var errors: [FieldError] = []
        func add(_ field: String, _ message: String) { errors.append(FieldError(field: field, message: message)) }
        if title.allSatisfy(\.isWhitespace) || title.count > maxTitleLength { add("title", "Название: от 1 до \(maxTitleLength) символов") }
        if let description, IntakeLimits.exceeds(description, maxTextLength * 2) { add("description", "Описание не длиннее \(maxTextLength * 2) символов") }
        if closesAt <= opensAt { add("closesAt", "Окончание должно быть позже начала") }
        if let municipalityId, !municipalityIds.contains(municipalityId) {
            add("municipalityId", "Неизвестное муниципальное образование «\(municipalityId)»")
        }
        if let topicId, rubricator.topic(topicId) == nil { add("topicId", "Нет такой темы: «\(topicId)»") }
        return errors
    }

    public static func errors(in poll: Poll, municipalityIds: Set<String>, rubricator: Rubricator) -> [FieldError] {
        var errors = headerErrors(
            title: poll.title, description: poll.description, opensAt: poll.opensAt, closesAt: poll.closesAt, municipalityId: poll.municipalityId,
            topicId: poll.topicId, municipalityIds: municipalityIds, rubricator: rubricator
        )
        func add(_ field: String, _ message: String) { errors.append(FieldError(field: field, message: message)) }
        func blank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }
        if poll.residentsOnly, poll.municipalityId == nil { add("residentsOnly", "Опрос только для жителей требует муниципалитета") }
        if !(1...maxQuestions).contains(poll.questions.count) { add("questions", "От 1 до \(maxQuestions) вопросов") }
        var seen: Set<String> = []
        for (index, question) in poll.questions.enumerated() {
            let path = "questions/\(index)/"
            if question.id.isEmpty || question.id.count > 40 || !seen.insert(question.id).inserted {
                add(path + "id", "Код вопроса: от 1 до 40 символов, у каждого вопроса свой")
            }
            if blank(question.text) || IntakeLimits.exceeds(question.text, maxTextLength) { add(path + "text", "Текст вопроса: от 1 до \(maxTextLength) символов") }
            switch question.kind {
            case .text:
                if !question.options.isEmpty { add(path + "options", "У свободного ответа нет вариантов") }
            case .single, .multiple, .ranking:
                let options = question.options.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                if !(2...maxOptions).contains(options.count) || options.contains(where: \.isEmpty) || Set(options).count != options.count
                    || options.contains(where: { $0.count > maxTitleLength })
                {
                    add(path + "options", "От 2 до \(maxOptions) разных непустых вариантов")
                }
            }
        }
        return errors
    }

    public static func errors(in ballot: PollBallot, for poll: Poll, now: Date) -> [FieldError] {
        switch poll.state(at: now) {
        case .upcoming: return [FieldError(field: "poll", message: "Голосование ещё не началось")]
        case .closed: return [FieldError(field: "poll", message: "Голосование завершено")]
        case .open: break
        }
        if poll.residentsOnly, ballot.municipalityId != poll.municipalityId {
            return [FieldError(field: "municipalityId", message: "В этом опросе голосуют только жители его муниципалитета")]
        }
        var errors: [FieldError] = []
        let known = Set(poll.questions.map(\.id))
        for id in ballot.answers.keys.sorted() where !known.contains(id) {
            errors.append(FieldError(field: "answers/\(id)", message: "В опросе нет такого вопроса"))
        }
        for question in poll.questions {
            if let message = problem(with: ballot.answers[question.id], to: question) {
                errors.append(FieldError(field: "answers/\(question.id)", message: message))
            }
        }
        return errors
    }

    /// Why an answer does not fit its question; nil when it does.
    static func problem(with answer: PollAnswer?, to question: PollQuestion) -> String? {
        let range = 0..<question.options.count
        let choices = answer?.choices ?? []
        switch question.kind {
        case .text:
            guard let text = answer?.text else { return nil }
            return IntakeLimits.exceeds(text, maxTextLength) ? "Ответ не длиннее \(maxTextLength) символов" : nil
        case .single:
            return choices.count == 1 && range.contains(choices[0]) ? nil : "Выберите один вариант"
        case .multiple:
            return !choices.isEmpty && choices.allSatisfy(range.contains) && Set(choices).count == choices.count ? nil : "Выберите хотя бы один вариант"
        case .ranking:
            return choices.sorted() == Array(range) ? nil : "Расставьте все варианты по порядку, каждый один раз"
        }
    }
}
