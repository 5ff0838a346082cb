import Foundation

/// The facts an item's history holds that versions before issue 7 did not keep on the item (the first
/// referral, the executor's first action, how many redirects, returns and reopenings), read back from its
/// events so the indicators count stored items too (migration 15). The same effects as `Workflow.apply`;
/// a fact the item already keeps is left as it is.
public enum HistoryFacts {
    /// One event as the facts need it.
    public struct Step: Sendable {
        public var action: String
        public var at: Date
        public var byExecutor: Bool

        public init(action: String, at: Date, byExecutor: Bool) {
            self.action = action
            self.at = at
            self.byExecutor = byExecutor
        }
    }

    /// Fills what `appeal` lacks from its `steps` in order; true when anything was filled.
    public static func fill(_ appeal: inout Appeal, from steps: [Step]) -> Bool {
        let before = appeal
        func count(_ action: WorkflowAction) -> Int? {
            let n = steps.filter { $0.action == action.rawValue }.count
            return n > 0 ? n : nil
        }
        if appeal.redirectCount == nil { appeal.redirectCount = count(.redirect) }
        if appeal.returnCount == nil { appeal.returnCount = count(.return) }
        if appeal.reopenCount == nil { appeal.reopenCount = count(.reopen) }
        if appeal.assignedAt == nil { appeal.assignedAt = steps.first { $0.action == WorkflowAction.assign.rawValue }?.at }
        if appeal.reactedAt == nil { appeal.reactedAt = steps.first { $0.byExecutor && WorkflowAction(rawValue: $0.action) != nil }?.at }
        return appeal != before
    }
}
