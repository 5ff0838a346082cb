import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// Takes a workflow action: the core decides, the new state and its event are written together.
    public func perform(
        _ action: WorkflowAction, input: ActionInput, on id: String, by user: User, at now: Date = Timestamp.now()
    ) async throws -> Appeal {
        let references = try await references()
        return try await backend.write { db in
            guard let appeal = try await AppealRows.load(id: id, in: db) else { throw StoreError.notFound }
            var target: Appeal?
            if action == .merge, let intoId = input.intoId, let loaded = try await AppealRows.load(id: intoId, in: db),
                user.scope.contains(loaded)
            {
                target = loaded
            }
            let next: Appeal
            do {
                next = try Workflow.apply(
                    action, input: input, to: appeal, by: user, at: now, references: references.workflowReferences(mergeTarget: target)
                )
            } catch let error as WorkflowError {
                throw StoreError.workflow(error)
            }
            try await AppealRows.update(next, from: appeal.version, in: db)
            var events = EventWriter(db: db)
            _ = try await events.append(
                appealId: id, at: now, actorId: user.id, type: action.rawValue,
                payload: ChangeSet.payload(before: appeal, after: next, input: input)
            )
            return next
        }
    }
}
