import Foundation
import OtklikCore

/// A discussion as the public side shows it: its question, window and the comments a moderator published,
/// each under the name its author chose, with personal data hidden.
struct DiscussionResource: Encodable {
    struct Comment: Encodable {
        var id: String
        var displayName: String
        var text: String
        var createdAt: Date
    }

    var id: String
    var title: String
    @EncodedNull var description: String?
    @EncodedNull var municipality: String?
    var state: PollState
    var stateTitle: String
    var opensAt: Date
    var closesAt: Date
    var comments: [Comment]

    init(_ discussion: Discussion, municipality: String?, published: [DiscussionComment], now: Date) {
        let state = discussion.state(at: now)
        id = discussion.id
        title = discussion.title
        description = discussion.description
        self.municipality = municipality
        self.state = state
        stateTitle = state.title
        opensAt = discussion.opensAt
        closesAt = discussion.closesAt
        comments = published.map {
            Comment(id: $0.id, displayName: $0.displayName, text: PersonalDataRedaction.redact($0.text, author: nil), createdAt: $0.createdAt)
        }
    }
}
