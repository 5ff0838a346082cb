import Foundation

/// What the author's rating of an answer does (M7; issue 9), wherever it comes from (the public page, a
/// Telegram button): the rating is recorded, and «не решена» reopens the item for a repeated review, which
/// counts against the body (the rating's reopened share and satisfaction).
public enum CitizenRating {
    public static let reopenReason = "Повторно: автор сообщил, что проблема не решена"
    public static let maxCommentLength = 2000

    /// What is wrong with a rating's comment, if anything.
    public static func error(inComment comment: String?) -> FieldError? {
        guard let comment, IntakeLimits.exceeds(comment, maxCommentLength) else { return nil }
        return FieldError(field: "comment", message: "Комментарий не длиннее \(maxCommentLength) символов")
    }

    /// Whether the author may rate now: the answer was approved and has not been rated since.
    public static func isOpen(_ appeal: Appeal) -> Bool {
        guard appeal.status == .closed, appeal.rejectionGround == nil, appeal.mergedInto == nil else { return false }
        guard let feedback = appeal.feedback else { return true }
        return feedback.at < (appeal.closedAt ?? .distantPast)
    }

    /// The workflow actions that record the rating, in order.
    public static func actions(satisfied: Bool, comment: String?) -> [(action: WorkflowAction, input: ActionInput)] {
        let comment = comment.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        var actions: [(action: WorkflowAction, input: ActionInput)] = [(.rate, ActionInput(satisfied: satisfied, comment: comment))]
        if !satisfied {
            actions.append((.reopen, ActionInput(reason: reopenReason + (comment.map { ": \($0)" } ?? ""))))
        }
        return actions
    }
}
