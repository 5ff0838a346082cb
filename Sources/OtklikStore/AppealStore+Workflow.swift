import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// Takes a workflow action: the core decides, the new state and its event are written together.
    public func perform(
        _ action: WorkflowAction, input: ActionInput, on id: String, by user: User, at now: Date = Timestamp.now()
    ) async throws -> Appeal {
        try await perform([ActionRequest(action: action, input: input, appealId: id, user: user, at: now)])[0]
    }

    /// Takes several actions in one transaction, in order: all apply, or none.
    public func perform(_ requests: [ActionRequest]) async throws -> [Appeal] {
        let references = try await references()
        return try await backend.write { db in
            var events = EventWriter(db: db)
            var results: [Appeal] = []
            for request in requests {
                results.append(try await Self.apply(request, references: references, db: db, events: &events))
            }
            return results
        }
    }

    static func apply(
        _ request: ActionRequest, references: ReferenceData, db: any SQLDatabase, events: inout EventWriter
    ) async throws -> Appeal {
        guard let appeal = try await AppealRows.load(id: request.appealId, in: db) else { throw StoreError.notFound }
        var target: Appeal?
        if request.action == .merge, let intoId = request.input.intoId, let loaded = try await AppealRows.load(id: intoId, in: db),
            request.user.scope.contains(loaded)
        {
            target = loaded
        }
        let next: Appeal
        do {
            next = try Workflow.apply(
                request.action, input: request.input, to: appeal, by: request.user, at: request.at,
                references: references.workflowReferences(mergeTarget: target)
            )
        } catch {
            throw StoreError.workflow(error)
        }
        let document = try AppealRows.document(next)
        try await AppealRows.update(next, document: document, from: appeal.version, in: db)
        try await events.append([
            EventWriter.Entry(
                appealId: appeal.id, at: request.at, actorId: request.user.id, type: request.action.rawValue,
                payload: ChangeSet.payload(before: try AppealRows.document(appeal), after: document, input: request.input)
            )
        ])
        return next
    }
}
