import Foundation

extension Workflow {
    /// Applies `action` to `appeal`: checks it, validates the input, and returns the appeal after it.
    public static func apply(
        _ action: WorkflowAction, input: ActionInput, to appeal: Appeal, by user: User,
        at now: Date, references: WorkflowReferences
    ) throws(WorkflowError) -> Appeal {
        let transition = try check(action, on: appeal, by: user)
        if let expected = input.expectedVersion, expected != appeal.version {
            throw .versionConflict(expected: expected, actual: appeal.version)
        }
        var errors = transition.requires.filter { !$0.isPresent(in: input) }.map {
            FieldError(field: $0.rawValue, message: $0.missingMessage)
        }
        errors += validate(action, input: input, appeal: appeal, now: now, references: references)
        guard errors.isEmpty else { throw .invalidInput(errors) }

        var next = appeal
        applyEffects(action, input: input, to: &next, by: user, at: now, references: references)
        if let status = transition.to { next.status = status }
        if user.role == .executor, next.reactedAt == nil { next.reactedAt = now }
        references.terms?.schedule(&next)
        next.version += 1
        next.updatedAt = now
        return next
    }

    static func validate(
        _ action: WorkflowAction, input: ActionInput, appeal: Appeal, now: Date, references: WorkflowReferences
    ) -> [FieldError] {
        var errors: [FieldError] = []
        if let bodyId = input.bodyId, !bodyId.isEmpty, !references.bodyIds.contains(bodyId) {
            errors.append(FieldError(field: "bodyId", message: "Нет органа с кодом «\(bodyId)»"))
        }
        if action == .redirect, input.bodyId == appeal.bodyId {
            errors.append(FieldError(field: "bodyId", message: "Обращение уже находится в этом органе"))
        }
        if action == .postpone, let until = input.until {
            if until <= now { errors.append(FieldError(field: "until", message: "Новая дата должна быть позже текущего момента")) }
            errors += extensionErrors(until: until, appeal: appeal, terms: references.terms)
        }
        if action == .merge, let intoId = input.intoId, !intoId.isEmpty {
            if intoId == appeal.id {
                errors.append(FieldError(field: "intoId", message: "Нельзя объединить обращение с самим собой"))
            } else if references.target?.id != intoId {
                errors.append(FieldError(field: "intoId", message: "Обращение для объединения не найдено"))
            } else if references.target?.status == .merged {
                errors.append(FieldError(field: "intoId", message: "Нельзя объединить с обращением, которое само объединено"))
            }
        }
        if action == .markRepeat, let earlier = input.repeatOf, !earlier.isEmpty {
            if earlier == appeal.id {
                errors.append(FieldError(field: "repeatOf", message: "Обращение не может быть повтором самого себя"))
            } else if let target = references.target, target.id == earlier {
                if target.receivedAt > appeal.receivedAt {
                    errors.append(FieldError(field: "repeatOf", message: "Повторное обращение ссылается на более раннее, а это поступило позже"))
                }
            } else {
                errors.append(FieldError(field: "repeatOf", message: "Прежнее обращение не найдено"))
            }
        }
        for (field, value) in [("text", input.text), ("reason", input.reason), ("comment", input.comment)] {
            if let value, value.count > IntakeLimits.maxTextLength {
                errors.append(FieldError(field: field, message: "Не длиннее \(IntakeLimits.maxTextLength) символов"))
            }
        }
        if action == .review {
            if appeal.answers.isEmpty { errors.append(FieldError(field: "grade", message: "У обращения нет ответа, который можно оценить")) }
            if let grade = input.grade, grade.needsReason, !InputField.reason.isPresent(in: input) {
                errors.append(FieldError(field: "reason", message: "Укажите, чего не хватает в ответе"))
            }
        }
        if action == .register || action == .structure || action == .assign {
            errors += structureErrors(input, references: references)
        }
        return errors
    }

    /// 59-ФЗ ст. 12 ч. 2: the answer term is extended once, by not more than the rule allows.
    static func extensionErrors(until: Date, appeal: Appeal, terms: TermPolicy?) -> [FieldError] {
        guard let terms, terms.allowsExtension(for: appeal) else { return [] }
        if appeal.extendedAnswerDueAt != nil {
            return [FieldError(field: "until", message: "Срок ответа уже продлевался; продлить его можно один раз (59-ФЗ ст. 12 ч. 2)")]
        }
        do {
            if let limit = try terms.extensionLimit(for: appeal), until > limit {
                return [FieldError(field: "until", message: "Продлить срок можно не далее \(LocalDate(limit, in: terms.timeZone).russian) (59-ФЗ ст. 12 ч. 2)")]
            }
        } catch {
            return [FieldError(field: "until", message: error.description)]
        }
        return []
    }

    static func structureErrors(_ input: ActionInput, references: WorkflowReferences) -> [FieldError] {
        StructureCheck.errors(
            municipalityId: input.municipalityId, blockId: input.blockId, topicId: input.topicId, point: input.point,
            summary: input.summary, address: input.address, municipalityIds: references.municipalityIds, rubricator: references.rubricator
        )
    }

    static func applyStructure(_ input: ActionInput, to appeal: inout Appeal, references: WorkflowReferences) {
        // A person has decided the structure: it is no longer the model's.
        if input.topicId != nil || input.blockId != nil { appeal.structuredBy = nil }
        if let id = input.topicId, let topic = references.rubricator.topic(id) {
            appeal.topicId = id
            appeal.blockId = topic.blockId
        } else if let id = input.blockId {
            appeal.blockId = id
            if let topic = appeal.topicId, references.rubricator.topic(topic)?.blockId != id { appeal.topicId = nil }
        }
        if let id = input.municipalityId { appeal.municipalityId = id }
        if let summary = input.summary { appeal.summary = summary }
        if let address = input.address { appeal.address = address }
        if let point = input.point { appeal.point = point }
    }

    static func applyEffects(
        _ action: WorkflowAction, input: ActionInput, to appeal: inout Appeal, by user: User,
        at now: Date, references: WorkflowReferences
    ) {
        switch action {
        case .register, .structure:
            applyStructure(input, to: &appeal, references: references)
            if appeal.registeredAt == nil { appeal.registeredAt = now }
        case .assign:
            applyStructure(input, to: &appeal, references: references)
            if appeal.registeredAt == nil { appeal.registeredAt = now }
            appeal.bodyId = input.bodyId
            appeal.routedBy = user.id == StructureModel.actorId ? user.login : nil
            appeal.executorId = nil
            appeal.statusReason = nil
            if appeal.assignedAt == nil { appeal.assignedAt = now }
        case .accept:
            appeal.executorId = user.id
        case .answer:
            appeal.answers.append(Answer(text: input.text ?? "", authorId: user.id, bodyId: appeal.bodyId, at: now))
            appeal.answeredAt = now
            appeal.postponedUntil = nil
        case .approve:
            appeal.closedAt = now
            appeal.statusReason = nil
        case .rework, .return:
            appeal.statusReason = input.reason
            if action == .return {
                appeal.bodyId = nil
                appeal.executorId = nil
                appeal.returnCount = (appeal.returnCount ?? 0) + 1
            }
        case .postpone:
            appeal.postponedUntil = input.until
            appeal.statusReason = input.reason
            if references.terms?.allowsExtension(for: appeal) == true { appeal.extendedAnswerDueAt = input.until }
        case .resume:
            appeal.postponedUntil = nil
            appeal.statusReason = nil
        case .redirect:
            appeal.redirectCount = (appeal.redirectCount ?? 0) + 1
            appeal.bodyId = input.bodyId
            appeal.routedBy = nil
            appeal.executorId = nil
            appeal.statusReason = input.reason
        case .reject:
            appeal.rejectionGround = input.ground
            appeal.statusReason = input.reason
            appeal.closedAt = now
        case .markRepeat:
            appeal.repeatOf = input.repeatOf
        case .merge:
            appeal.mergedInto = input.intoId
            appeal.duplicateOf = input.intoId
            appeal.closedAt = now
        case .reopen:
            appeal.statusReason = input.reason
            appeal.closedAt = nil
            appeal.reopenCount = (appeal.reopenCount ?? 0) + 1
        case .rate:
            appeal.feedback = CitizenFeedback(satisfied: input.satisfied ?? false, comment: input.comment, at: now)
        case .review:
            if let last = appeal.answers.indices.last, let grade = input.grade {
                appeal.answers[last].review = AnswerReview(grade: grade, reason: input.reason, reviewerId: user.id, at: now)
            }
        }
    }
}
