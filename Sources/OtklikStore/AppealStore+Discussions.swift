import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// Stores a new discussion (checked before).
    public func create(discussion: Discussion) async throws {
        let document = String(decoding: try JSONCoding.encoder().encode(discussion), as: UTF8.self)
        try await backend.write { db in
            try await db.raw(
                """
                INSERT INTO discussions (id, doc, opens_at, closes_at, created_at)
                VALUES (\(bind: discussion.id), \(bind: document), \(bind: Timestamp.millis(discussion.opensAt)),
                  \(bind: Timestamp.millis(discussion.closesAt)), \(bind: Timestamp.millis(discussion.createdAt)))
                """
            ).run()
        }
    }

    /// Every discussion, the latest to open first.
    public func discussions() async throws -> [Discussion] {
        try await backend.read { db in
            try await db.raw("SELECT doc FROM discussions ORDER BY opens_at DESC, id").all().map { row in
                try JSONCoding.decoder().decode(Discussion.self, from: Data(try row.decode(column: "doc", as: String.self).utf8))
            }
        }
    }

    public func discussion(id: String) async throws -> Discussion? {
        guard !id.unicodeScalars.contains("\u{0}") else { return nil }
        return try await backend.read { db in
            try await db.raw("SELECT doc FROM discussions WHERE id = \(bind: id)").first().map { row in
                try JSONCoding.decoder().decode(Discussion.self, from: Data(try row.decode(column: "doc", as: String.self).utf8))
            }
        }
    }

    /// Keeps a resident's comment, waiting for moderation; `author` is kept only as its hash.
    public func add(comment: DiscussionComment, author: String) async throws {
        try await backend.write { db in
            try await db.raw(
                """
                INSERT INTO discussion_comments (id, discussion_id, author_sha256, display_name, text, status, flags, spam_score, created_at)
                VALUES (\(bind: comment.id), \(bind: comment.discussionId), \(bind: SHA256Hex.of(Array(author.utf8))), \(bind: comment.displayName),
                  \(bind: comment.text), \(bind: comment.status.rawValue), \(bind: comment.flags.joined(separator: "\n")), \(bind: comment.spamScore),
                  \(bind: Timestamp.millis(comment.createdAt)))
                """
            ).run()
        }
    }

    /// A discussion's comments in one status, oldest first.
    public func comments(of discussionId: String, status: CommentStatus) async throws -> [DiscussionComment] {
        try await backend.read { db in
            try await db.raw(
                """
                SELECT \(unsafeRaw: Self.commentColumns) FROM discussion_comments
                WHERE discussion_id = \(bind: discussionId) AND status = \(bind: status.rawValue) ORDER BY created_at, id
                """
            ).all().map(Self.comment)
        }
    }

    /// The moderation queue: comments waiting, oldest first.
    public func moderationQueue(limit: Int = 200) async throws -> [DiscussionComment] {
        try await backend.read { db in
            try await db.raw(
                """
                SELECT \(unsafeRaw: Self.commentColumns) FROM discussion_comments
                WHERE status = \(bind: CommentStatus.pending.rawValue) ORDER BY created_at, id LIMIT \(literal: limit)
                """
            ).all().map(Self.comment)
        }
    }

    /// Publishes or rejects a waiting comment; nil when there is no such comment waiting (decided already).
    public func moderate(comment id: String, publish: Bool, reason: String?, by user: User, at now: Date = Timestamp.now()) async throws -> DiscussionComment? {
        guard !id.unicodeScalars.contains("\u{0}") else { return nil }
        return try await backend.write { db in
            try await db.raw(
                """
                UPDATE discussion_comments SET status = \(bind: (publish ? CommentStatus.published : .rejected).rawValue),
                  moderated_at = \(bind: Timestamp.millis(now)), moderator_id = \(bind: user.id), reason = \(bind: reason)
                WHERE id = \(bind: id) AND status = \(bind: CommentStatus.pending.rawValue)
                RETURNING \(unsafeRaw: Self.commentColumns)
                """
            ).first().map(Self.comment)
        }
    }

    private static let commentColumns =
        "id, discussion_id, display_name, text, status, flags, spam_score, created_at, moderated_at, moderator_id, reason"

    private static func comment(_ row: any SQLRow) throws -> DiscussionComment {
        let flags = try row.decode(column: "flags", as: String.self)
        return DiscussionComment(
            id: try row.decode(column: "id", as: String.self), discussionId: try row.decode(column: "discussion_id", as: String.self),
            displayName: try row.decode(column: "display_name", as: String.self), text: try row.decode(column: "text", as: String.self),
            status: CommentStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .pending,
            flags: flags.isEmpty ? [] : flags.components(separatedBy: "\n"), spamScore: try row.decode(column: "spam_score", as: Double.self),
            createdAt: Timestamp.date(millis: try row.decode(column: "created_at", as: Int64.self)),
            moderatedAt: try row.decode(column: "moderated_at", as: Int64?.self).map(Timestamp.date(millis:)),
            moderatorId: try row.decode(column: "moderator_id", as: String?.self), reason: try row.decode(column: "reason", as: String?.self)
        )
    }
}
