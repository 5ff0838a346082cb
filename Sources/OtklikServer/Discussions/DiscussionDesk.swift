import Foundation
import Hummingbird
import OtklikCore
import OtklikStore

/// What the discussions' API and pages share: the centre opens a discussion, a signed-in resident comments
/// (the comment waits for moderation, screened by `CommentScreening`), the centre's moderators publish or reject.
struct DiscussionDesk: Sendable {
    let store: AppealStore
    let limiter: SubmissionLimiter
    static let flagger = TextFlagger()
    /// The name under a comment whose author chose none.
    static let anonymousName = "Житель"

    func create(_ discussion: Discussion, by user: User) async throws {
        guard user.role.runsPolls else { throw Problem.forbidden("Обсуждения открывают администратор, куратор и руководитель ЦУР") }
        let references = try await store.references()
        let errors = discussion.errors(municipalityIds: references.municipalityIds, rubricator: references.rubricator)
        guard errors.isEmpty else { throw Problem.invalid(errors) }
        try await store.create(discussion: discussion)
    }

    func discussion(_ id: String) async throws -> Discussion {
        guard let discussion = try await store.discussion(id: id) else { throw Problem.notFound("Нет такого обсуждения") }
        return discussion
    }

    func resource(_ discussion: Discussion, now: Date = Timestamp.now()) async throws -> DiscussionResource {
        DiscussionResource(
            discussion, municipality: try await store.references().municipalityName(discussion.municipalityId),
            published: try await store.comments(of: discussion.id, status: .published), now: now
        )
    }

    /// Takes a resident's comment for moderation; a closed discussion is a 409, too many comments a 429.
    func comment(_ text: String, displayName: String?, in discussion: Discussion, by resident: String?, from address: String?) async throws {
        guard let resident else {
            throw Problem(.unauthorized, type: "resident-login", title: "Нужно войти", detail: "Комментировать можно после входа по коду из письма")
        }
        let name = displayName.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        let errors = CommentScreening.errors(text: text, displayName: name)
        guard errors.isEmpty else { throw Problem.invalid(errors) }
        let now = Timestamp.now()
        guard discussion.state(at: now) == .open else {
            throw Problem(.conflict, type: "discussion-closed", title: "Комментарий не принят", detail: "Обсуждение сейчас не идёт")
        }
        try limiter.admit(address: address, author: Author(email: resident), refusal: "Слишком много комментариев подряд.")
        let comment = DiscussionComment(
            id: UUID().uuidString.lowercased(), discussionId: discussion.id, displayName: name ?? Self.anonymousName, text: text,
            flags: CommentScreening.flags(text, flagger: Self.flagger), spamScore: CommentScreening.spamScore(text), createdAt: now
        )
        try await store.add(comment: comment, author: PollDesk.voterKey(resident))
    }

    /// A moderator's decision on a waiting comment; one decided already is a 409.
    func moderate(_ id: String, publish: Bool, reason: String?, by user: User) async throws -> DiscussionComment {
        guard user.role.takesIn else { throw Problem.forbidden("Модерируют сотрудники центра: администратор, куратор, руководитель, оператор") }
        if let reason, reason.count > CommentScreening.maxLength {
            throw Problem.invalid([FieldError(field: "reason", message: "Причина не длиннее \(CommentScreening.maxLength) символов")])
        }
        guard let comment = try await store.moderate(comment: id, publish: publish, reason: reason, by: user) else {
            throw Problem(.conflict, type: "moderated", title: "Решение уже принято", detail: "Этого комментария нет среди ожидающих модерации")
        }
        return comment
    }
}
