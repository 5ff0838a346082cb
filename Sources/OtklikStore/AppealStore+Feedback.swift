import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// Ballots cast and comments published from `from` to `to` (not included), per poll and per discussion with
    /// their place and topic: the heat map's residents' feedback (`ResidentFeedback`).
    public func residentFeedback(from: Date, to: Date) async throws -> [ResidentFeedback] {
        let (start, end) = (Timestamp.millis(from), Timestamp.millis(to))
        let polls = Dictionary(uniqueKeysWithValues: try await polls().map { ($0.id, $0) })
        let discussions = Dictionary(uniqueKeysWithValues: try await discussions().map { ($0.id, $0) })
        return try await backend.read { db in
            let ballots = try await db.raw(
                """
                SELECT poll_id AS id, COUNT(*) AS n FROM poll_votes
                WHERE created_at >= \(bind: start) AND created_at < \(bind: end) GROUP BY poll_id
                """
            ).all()
            let comments = try await db.raw(
                """
                SELECT discussion_id AS id, COUNT(*) AS n FROM discussion_comments
                WHERE status = \(bind: CommentStatus.published.rawValue) AND created_at >= \(bind: start) AND created_at < \(bind: end)
                GROUP BY discussion_id
                """
            ).all()
            var feedback: [ResidentFeedback] = []
            for row in ballots {
                guard let poll = polls[try row.decode(column: "id", as: String.self)] else { continue }
                let count = Int(try row.decode(column: "n", as: Int64.self))
                feedback.append(ResidentFeedback(municipalityId: poll.municipalityId, topicId: poll.topicId, ballots: count))
            }
            for row in comments {
                guard let discussion = discussions[try row.decode(column: "id", as: String.self)] else { continue }
                let count = Int(try row.decode(column: "n", as: Int64.self))
                feedback.append(ResidentFeedback(municipalityId: discussion.municipalityId, topicId: discussion.topicId, comments: count))
            }
            return feedback
        }
    }
}
