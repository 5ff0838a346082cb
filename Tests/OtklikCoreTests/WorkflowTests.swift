import Foundation
import Testing

@testable import OtklikCore

@Suite("Workflow: the state machine checks every transition for a role")
struct WorkflowTests {
    @Test("every action has exactly one row in the table")
    func everyActionHasOneRow() {
        for action in WorkflowAction.allCases {
            #expect(Workflow.transitions.filter { $0.action == action }.count == 1, "\(action)")
        }
    }

    @Test("for every role, status and action: allowed exactly when the table says so, refused with the right reason otherwise",
          arguments: Role.allCases)
    func everyTransitionForEveryRole(role: Role) {
        let user = Fixtures.inScopeUser(role)
        for status in AppealStatus.allCases {
            let appeal = Fixtures.appeal(status)
            for action in WorkflowAction.allCases {
                let row = Workflow.transition(for: action)
                let result = Result { () throws(WorkflowError) in try Workflow.check(action, on: appeal, by: user) }
                switch result {
                case .success:
                    #expect(row.roles.contains(role) && row.from.contains(status), "\(role) \(action) from \(status)")
                    #expect(Workflow.allowedActions(for: appeal, by: user).contains(action))
                case .failure(.roleNotPermitted):
                    #expect(!row.roles.contains(role))
                case .failure(.illegalTransition(_, let current, let allowed)):
                    #expect(row.roles.contains(role) && !row.from.contains(status))
                    #expect(current == status)
                    #expect(allowed == Workflow.allowedActions(for: appeal, by: user))
                    #expect(!allowed.contains(action))
                case .failure(let other):
                    Issue.record("unexpected \(other) for \(role) \(action) from \(status)")
                }
            }
        }
    }

    @Test("observers and media can take no action at all")
    func readOnlyRolesCannotAct() {
        for role in [Role.observer, .media] {
            for status in AppealStatus.allCases {
                #expect(Workflow.allowedActions(for: Fixtures.appeal(status), by: Fixtures.inScopeUser(role)).isEmpty)
            }
        }
    }

    @Test("only the executor answers; the centre approves or returns for rework")
    func executorAnswersCentreApproves() throws {
        #expect(Workflow.allowedActions(for: Fixtures.appeal(.inProgress), by: Fixtures.inScopeUser(.operator)).contains(.answer) == false)
        #expect(Workflow.allowedActions(for: Fixtures.appeal(.inProgress), by: Fixtures.inScopeUser(.executor)).contains(.answer))
        #expect(Workflow.allowedActions(for: Fixtures.appeal(.answered), by: Fixtures.inScopeUser(.executor)).isEmpty)
        #expect(Workflow.allowedActions(for: Fixtures.appeal(.answered), by: Fixtures.inScopeUser(.operator)) == [.structure, .approve, .rework, .markRepeat, .rate, .review])
    }

    @Test("a closed appeal can only be reopened, rated or its answer graded")
    func closedAppealOnlyReopensOrRates() {
        #expect(Workflow.allowedActions(for: Fixtures.appeal(.closed), by: Fixtures.inScopeUser(.curator)) == [.reopen, .rate, .review])
    }

    @Test("an executor of another body gets out-of-scope, not a hint that the appeal exists")
    func executorOfAnotherBodyIsOutOfScope() {
        let stranger = Fixtures.user(.executor, body: "b2")
        #expect(throws: WorkflowError.outOfScope) { try Workflow.check(.accept, on: Fixtures.appeal(.assigned), by: stranger) }
        #expect(Workflow.allowedActions(for: Fixtures.appeal(.assigned), by: stranger).isEmpty)
    }

    @Test("the whole path: new → registered → assigned → in progress → answered → closed")
    func happyPath() throws {
        var appeal = Fixtures.appeal(.new, body: nil)
        appeal.blockId = nil
        let op = Fixtures.inScopeUser(.operator)
        let steps: [(WorkflowAction, ActionInput, User, AppealStatus)] = [
            (.register, ActionInput(topicId: "roads.repair", municipalityId: "60701000"), op, .registered),
            (.assign, ActionInput(bodyId: "b1"), op, .assigned),
            (.accept, ActionInput(), Fixtures.inScopeUser(.executor), .inProgress),
            (.answer, ActionInput(text: "Яма заделана 12 ноября"), Fixtures.inScopeUser(.executor), .answered),
            (.approve, ActionInput(), op, .closed),
        ]
        for (action, input, user, expected) in steps {
            appeal = try Workflow.apply(action, input: input, to: appeal, by: user, at: Fixtures.now, references: Fixtures.references)
            #expect(appeal.status == expected)
        }
        #expect(appeal.blockId == "roads")
        #expect(appeal.answers.map(\.text) == ["Яма заделана 12 ноября"])
        #expect(appeal.closedAt == Fixtures.now)
        #expect(appeal.version == 6)
        #expect(appeal.assignedAt == Fixtures.now)
        #expect(appeal.reactedAt == Fixtures.now)
    }

    @Test("the centre grades the last answer; a formal or incomplete grade needs its reason; no answer, nothing to grade")
    func reviewGradesTheLastAnswer() throws {
        var answered = Fixtures.appeal(.answered)
        answered.answers = [
            Answer(text: "Промежуточный", authorId: "e1", bodyId: "b1", at: Fixtures.now, isInterim: true),
            Answer(text: "Сделано", authorId: "e1", bodyId: "b1", at: Fixtures.now),
        ]
        let curator = Fixtures.inScopeUser(.curator)
        #expect(throws: WorkflowError.invalidInput([FieldError(field: "reason", message: "Укажите, чего не хватает в ответе")])) {
            try Workflow.apply(.review, input: ActionInput(grade: .formal), to: answered, by: curator, at: Fixtures.now, references: Fixtures.references)
        }
        let graded = try Workflow.apply(
            .review, input: ActionInput(reason: "Не сказано, когда починят", grade: .incomplete), to: answered, by: curator, at: Fixtures.now,
            references: Fixtures.references
        )
        #expect(graded.answers.map(\.review) == [nil, AnswerReview(grade: .incomplete, reason: "Не сказано, когда починят", reviewerId: curator.id, at: Fixtures.now)])
        #expect(graded.status == .answered)
        #expect(throws: WorkflowError.invalidInput([FieldError(field: "grade", message: "У обращения нет ответа, который можно оценить")])) {
            try Workflow.apply(.review, input: ActionInput(grade: .substantive), to: Fixtures.appeal(.answered), by: curator, at: Fixtures.now, references: Fixtures.references)
        }
    }

    @Test("returns and reopenings are counted; the executor's first action is the body's first reaction, later ones do not move it")
    func returnsReopeningsAndFirstReaction() throws {
        let executor = Fixtures.inScopeUser(.executor)
        let later = Fixtures.now.addingTimeInterval(3600)
        let returned = try Workflow.apply(.return, input: ActionInput(reason: "не наше"), to: Fixtures.appeal(.assigned), by: executor, at: Fixtures.now, references: Fixtures.references)
        #expect(returned.returnCount == 1)
        #expect(returned.reactedAt == Fixtures.now)
        var accepted = try Workflow.apply(.accept, input: ActionInput(), to: Fixtures.appeal(.assigned), by: executor, at: Fixtures.now, references: Fixtures.references)
        accepted = try Workflow.apply(.answer, input: ActionInput(text: "Готово"), to: accepted, by: executor, at: later, references: Fixtures.references)
        #expect(accepted.reactedAt == Fixtures.now)
        let reopened = try Workflow.apply(.reopen, input: ActionInput(reason: "Яма снова"), to: Fixtures.appeal(.closed), by: Fixtures.inScopeUser(.curator), at: later, references: Fixtures.references)
        #expect(reopened.reopenCount == 1)
        #expect(reopened.reactedAt == nil)
    }

    @Test("required fields are named when missing: redirect needs a body and a reason")
    func missingFieldsAreNamed() {
        #expect(throws: WorkflowError.invalidInput([
            FieldError(field: "bodyId", message: "Укажите орган"), FieldError(field: "reason", message: "Укажите причину"),
        ])) {
            try Workflow.apply(.redirect, input: ActionInput(), to: Fixtures.appeal(.inProgress), by: Fixtures.inScopeUser(.executor),
                               at: Fixtures.now, references: Fixtures.references)
        }
    }

    @Test("redirect to an unknown body or to the same body is refused")
    func redirectTargetIsChecked() throws {
        for body in ["nope", "b1"] {
            #expect(throws: WorkflowError.self) {
                try Workflow.apply(.redirect, input: ActionInput(bodyId: body, reason: "не наше"), to: Fixtures.appeal(.inProgress),
                                   by: Fixtures.inScopeUser(.executor), at: Fixtures.now, references: Fixtures.references)
            }
        }
    }

    @Test("postponing needs a date in the future")
    func postponeNeedsFutureDate() {
        #expect(throws: WorkflowError.self) {
            try Workflow.apply(.postpone, input: ActionInput(until: Fixtures.now.addingTimeInterval(-60), reason: "ждём"),
                               to: Fixtures.appeal(.inProgress), by: Fixtures.inScopeUser(.executor), at: Fixtures.now, references: Fixtures.references)
        }
    }

    @Test("a stale version is refused")
    func staleVersionIsRefused() {
        var input = ActionInput(bodyId: "b1")
        input.expectedVersion = 7
        #expect(throws: WorkflowError.versionConflict(expected: 7, actual: 1)) {
            try Workflow.apply(.assign, input: input, to: Fixtures.appeal(.registered, body: nil), by: Fixtures.inScopeUser(.operator),
                               at: Fixtures.now, references: Fixtures.references)
        }
    }

    @Test("an item is marked a repeat of an earlier one the caller loaded; not of itself, not of a later one, not of one unknown")
    func markRepeat() throws {
        let user = Fixtures.inScopeUser(.operator)
        var earlier = Fixtures.appeal(.closed)
        earlier.id = "a0"
        earlier.receivedAt = Fixtures.now.addingTimeInterval(-86_400)
        let appeal = Fixtures.appeal(.registered)
        func references(_ target: Appeal?) -> WorkflowReferences {
            WorkflowReferences(bodyIds: ["b1"], municipalityIds: [], rubricator: .default, target: target)
        }
        let marked = try Workflow.apply(.markRepeat, input: ActionInput(repeatOf: "a0"), to: appeal, by: user, at: Fixtures.now, references: references(earlier))
        #expect(marked.repeatOf == "a0")
        #expect(marked.status == .registered)
        func fields(_ input: ActionInput, _ target: Appeal?, on item: Appeal = Fixtures.appeal(.registered)) -> [String] {
            do {
                _ = try Workflow.apply(.markRepeat, input: input, to: item, by: user, at: Fixtures.now, references: references(target))
                return []
            } catch {
                guard case .invalidInput(let errors) = error else { return ["?"] }
                return errors.map(\.field)
            }
        }
        #expect(fields(ActionInput(), nil) == ["repeatOf"])
        #expect(fields(ActionInput(repeatOf: "a1"), nil) == ["repeatOf"])
        #expect(fields(ActionInput(repeatOf: "zz"), nil) == ["repeatOf"])
        var later = earlier
        later.receivedAt = Fixtures.now.addingTimeInterval(86_400)
        #expect(fields(ActionInput(repeatOf: "a0"), later) == ["repeatOf"])
    }
}
