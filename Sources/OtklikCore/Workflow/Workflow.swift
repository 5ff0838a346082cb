import Foundation

/// The appeal workflow as data (`transitions`) plus the one function that checks a transition
/// for a user (`check`). Statuses and actions follow issue 2 and rules.md §2.3.
public enum Workflow {
    static let centre: Set<Role> = [.admin, .curator, .centreHead, .operator]
    static let blocks: Set<Role> = [.blockResponsible, .blockHead]
    static let reviewers = centre.union(blocks)
    static let working: Set<AppealStatus> = [.inProgress, .rework, .reopened]
    static let open = Set(AppealStatus.allCases.filter { !$0.isFinal })

    public static let transitions: [Transition] = [
        Transition(.register, from: [.new], to: .registered, roles: reviewers),
        Transition(.structure, from: open, to: nil, roles: reviewers),
        Transition(.assign, from: [.new, .registered, .returned], to: .assigned, roles: reviewers, requires: [.bodyId]),
        Transition(.accept, from: [.assigned, .redirected], to: .inProgress, roles: [.executor]),
        Transition(.answer, from: working.union([.postponed]), to: .answered, roles: [.executor], requires: [.text]),
        Transition(.approve, from: [.answered], to: .closed, roles: reviewers),
        Transition(.rework, from: [.answered], to: .rework, roles: reviewers, requires: [.reason]),
        Transition(.postpone, from: working, to: .postponed, roles: reviewers.union([.executor]), requires: [.until, .reason]),
        Transition(.resume, from: [.postponed], to: .inProgress, roles: reviewers.union([.executor])),
        Transition(
            .redirect, from: working.union([.assigned, .redirected]), to: .redirected,
            roles: reviewers.union([.executor]), requires: [.bodyId, .reason]
        ),
        Transition(.return, from: [.assigned, .redirected, .inProgress], to: .returned, roles: [.executor], requires: [.reason]),
        Transition(
            .reject, from: [.new, .registered, .returned, .inProgress], to: .rejected,
            roles: reviewers.union([.executor]), requires: [.ground]
        ),
        Transition(.merge, from: [.new, .registered, .returned], to: .merged, roles: reviewers, requires: [.intoId]),
        Transition(.markRepeat, from: open, to: nil, roles: reviewers, requires: [.repeatOf]),
        Transition(.reopen, from: [.closed], to: .reopened, roles: reviewers, requires: [.reason]),
        Transition(.rate, from: [.answered, .closed], to: nil, roles: centre, requires: [.satisfied]),
        // Issue 7: the centre grades the answer a body gave (по существу / отписка / неполный).
        Transition(.review, from: [.answered, .closed], to: nil, roles: centre, requires: [.grade]),
    ]

    public static func transition(for action: WorkflowAction) -> Transition {
        // Every action has exactly one row; a test checks the table.
        transitions.first { $0.action == action }!
    }

    /// The actions `user` may take on `appeal` now, in table order.
    public static func allowedActions(for appeal: Appeal, by user: User) -> [WorkflowAction] {
        guard user.scope.contains(appeal) else { return [] }
        return transitions.filter { $0.roles.contains(user.role) && $0.from.contains(appeal.status) }.map(\.action)
    }

    /// Decides whether `user` may take `action` on `appeal` now; throws the reason if not.
    public static func check(_ action: WorkflowAction, on appeal: Appeal, by user: User) throws(WorkflowError) -> Transition {
        guard user.scope.contains(appeal) else { throw .outOfScope }
        let transition = transition(for: action)
        guard transition.roles.contains(user.role) else { throw .roleNotPermitted(action: action, role: user.role) }
        guard transition.from.contains(appeal.status) else {
            throw .illegalTransition(action: action, status: appeal.status, allowed: allowedActions(for: appeal, by: user))
        }
        return transition
    }
}
