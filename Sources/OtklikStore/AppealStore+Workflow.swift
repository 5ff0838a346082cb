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

    /// Takes several actions in one transaction, in order: all apply, or none. Each appeal is read
    /// once and written once, in its final state, however many of the actions touch it; every
    /// action still gets its own event.
    public func perform(_ requests: [ActionRequest]) async throws -> [Appeal] {
        let references = try await references()
        let terms = terms
        return try await backend.write { db in
            var working = WorkingAppeals()
            var entries: [EventWriter.Entry] = []
            var results: [Appeal] = []
            var outbound: [(Appeal, [OutboundMessage], Date)] = []
            for request in requests {
                guard let current = try await working.appeal(request.appealId, in: db) else { throw StoreError.notFound }
                var target: Appeal?
                if let linked = request.input.linkedId(for: request.action), let loaded = try await working.appeal(linked, in: db),
                    request.user.scope.contains(loaded.appeal)
                {
                    target = loaded.appeal
                }
                let next: Appeal
                do throws(WorkflowError) {
                    next = try Workflow.apply(
                        request.action, input: request.input, to: current.appeal, by: request.user, at: request.at,
                        references: references.workflowReferences(target: target, terms: terms)
                    )
                } catch {
                    throw StoreError.workflow(error)
                }
                let changed = try working.replace(current, with: next)
                entries.append(
                    EventWriter.Entry(
                        appealId: next.id, at: request.at, actorId: request.user.id, type: request.action.rawValue,
                        payload: ChangeSet.payload(before: current.fields, after: changed.fields, input: request.input)
                    )
                )
                results.append(next)
                if OutboundNotices.concerns(next) {
                    let messages = OutboundNotices.after(
                        request.action, before: current.appeal, after: next, timeZone: self.timeZone, bodyName: { references.bodyName($0) }
                    )
                    if !messages.isEmpty { outbound.append((next, try await self.linkingRatings(messages, of: next, at: request.at, in: db), request.at)) }
                }
            }
            var rollups = RollupChanges(timeZone: self.timeZone)
            for appeal in working.changed {
                try await AppealRows.update(appeal.appeal, document: appeal.document, from: appeal.storedVersion, in: db)
                rollups.remove(appeal.stored)
                rollups.add(appeal.appeal)
            }
            var events = EventWriter(db: db)
            if let last = try await events.append(entries).last { try await rollups.write(revision: last.seq, in: db) }
            try await Self.enqueue(outbound.flatMap { appeal, messages, at in messages.map { OutboxEntry($0, to: appeal, at: at) } }, in: db)
            return results
        }
    }
}
