import Foundation

/// Reads a VK callback (issue 8): `confirmation` is the handshake; `message_new` from a person is a
/// сообщение keyed `msg:<peer>:<conversation message id>`; a person's `wall_post_new` (a suggested post, a
/// post on the wall) is a публикация keyed `wall:<owner>_<post>`, a person's `wall_reply_new` one keyed
/// `comment:<owner>_<post>_<comment>`; a message carrying a rating button's payload is the citizen's rating of
/// the answer, not a new item. What the community itself posts or replies (a negative author id,
/// ours among them) is not taken in. The key makes a repeated event take nothing in twice, as the schema's
/// `event_id` asks («if it passed twice or more — you should ignore it»). Photos (in their largest size) and
/// documents come with the item as files to fetch; a message of a photo alone is an item too.
public enum VKIntake {
    public static func read(_ callback: VKCallback) -> VKEvent {
        switch (callback.type, callback.object) {
        case ("confirmation", _): return .confirmation
        case (_, .message(let message)):
            guard message.out == 0, message.fromId > 0 else { return .ignored("исходящее сообщение сообщества") }
            if let rating = message.payload.flatMap({ VKKeyboard.rating(payload: $0) }) {
                return .rating(appealId: rating.appealId, satisfied: rating.satisfied, peer: "peer:\(message.peerId)")
            }
            let text = message.text.trimmingCharacters(in: .whitespacesAndNewlines)
            let files = files(message.attachments)
            let located = message.geo?.coordinates != nil
            guard !text.isEmpty || located || !files.isEmpty else { return .ignored("сообщение без текста") }
            return .item(
                AppealDraft(
                    kind: .message, channel: .vk, externalId: "msg:\(message.peerId):\(message.conversationMessageId)",
                    receivedAt: Date(timeIntervalSince1970: TimeInterval(message.date)),
                    author: Author(profile: "https://vk.com/id\(message.fromId)"),
                    text: body(text.isEmpty && located ? "Геометка без текста" : text, message.attachments),
                    point: message.geo?.coordinates.map { GeoPoint(lat: $0.latitude, lon: $0.longitude) }
                ),
                files: files
            )
        case (_, .wallPost(let post)):
            guard let author = post.fromId, author > 0, let owner = post.ownerId else { return .ignored("запись самого сообщества") }
            return publication(post, key: "wall:\(owner)_\(post.id)", author: author)
        case (_, .wallReply(let comment)):
            guard let author = comment.fromId, author > 0, let owner = comment.ownerId, let post = comment.postId else {
                return .ignored("комментарий сообщества")
            }
            return publication(comment, key: "comment:\(owner)_\(post)_\(comment.id)", author: author)
        default:
            return .ignored("событие «\(callback.type)» не обрабатывается")
        }
    }

    private static func publication(_ item: VKCallback.WallItem, key: String, author: Int64) -> VKEvent {
        let text = (item.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let files = files(item.attachments)
        guard !text.isEmpty || !files.isEmpty else { return .ignored("запись без текста") }
        return .item(
            AppealDraft(
                kind: .publication, channel: .vk, externalId: key, receivedAt: item.date.map { Date(timeIntervalSince1970: TimeInterval($0)) },
                author: Author(profile: "https://vk.com/id\(author)"), text: body(text, item.attachments)
            ),
            files: files
        )
    }

    private static func body(_ text: String, _ attachments: [VKCallback.Attachment]?) -> String {
        let kinds = (attachments ?? []).map(\.type)
        let base = text.isEmpty ? "Вложение без подписи" : text
        guard !kinds.isEmpty else { return base }
        return base + "\n\n[Вложения: " + kinds.joined(separator: ", ") + "]"
    }

    /// The files to keep: each photo in its largest size (by its pixels) and each document within
    /// `AttachmentPolicy.maxBytes`, fetched by the URL VK gives; a file too large stays a URL in the kept event.
    static func files(_ attachments: [VKCallback.Attachment]?) -> [ChannelFile] {
        (attachments ?? []).enumerated().compactMap { index, attachment in
            if let photo = attachment.photo {
                let largest = (photo.sizes ?? []).filter { $0.url != nil }.max { ($0.width ?? 0) * ($0.height ?? 0) < ($1.width ?? 0) * ($1.height ?? 0) }
                return largest?.url.map { ChannelFile(reference: $0, fileName: "photo-\(photo.id ?? Int64(index)).jpg", declaredType: "image/jpeg") }
            }
            if let doc = attachment.doc, let url = doc.url, (doc.size ?? 0) <= AttachmentPolicy.maxBytes {
                let title = doc.title ?? "document-\(doc.id ?? Int64(index))"
                let name = doc.ext.map { title.lowercased().hasSuffix("." + $0.lowercased()) ? title : title + "." + $0 } ?? title
                return ChannelFile(reference: url, fileName: name, declaredType: "application/octet-stream")
            }
            return nil
        }
    }
}
