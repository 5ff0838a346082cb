import Foundation

/// Reads a Telegram update (issue 8): a private message with text or a caption is a сообщение (Telegram is
/// not among the ways 59-ФЗ names for an обращение), its external id `chat:message` so a repeated update
/// takes nothing in twice; a post of a channel the bot watches is a публикация; a press of a rating button
/// under an answer is the citizen's rating. The author is the sender's name and `telegram:<user id>`. A photo or
/// a document comes with the item as a file to fetch; a message of a photo alone is an item too.
public enum TelegramIntake {
    public static func read(_ update: TelegramUpdate) -> TelegramEvent {
        if let query = update.callbackQuery {
            guard let rating = query.data.flatMap(RatingButton.parse), let chat = query.message?.chat.id else {
                return .ignored("кнопка без оценки")
            }
            return .rating(appealId: rating.appealId, satisfied: rating.satisfied, chat: String(chat), callbackId: query.id)
        }
        if let post = update.channelPost {
            guard let text = post.text ?? post.caption, !text.allSatisfy(\.isWhitespace) else { return .ignored("пост без текста") }
            let author = Author(name: post.chat.title, profile: post.chat.username.map { "https://t.me/" + $0 })
            return .item(draft(post, kind: .publication, text: text, author: author), files: files(of: post))
        }
        guard let message = update.message else { return .ignored("обновление другого вида") }
        guard message.chat.type == "private" else { return .ignored("сообщение не в личном чате") }
        let text = (message.text ?? message.caption ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text == "/start" || text.hasPrefix("/start ") { return .start(chat: String(message.chat.id)) }
        let hasPhoto = message.photo?.isEmpty == false
        guard !text.isEmpty || message.location != nil || hasPhoto || message.document != nil else { return .ignored("сообщение без текста") }
        let sender = message.from
        let name = [sender?.firstName, sender?.lastName].compactMap { $0 }.joined(separator: " ")
        var body = !text.isEmpty ? text : message.location != nil ? "Геометка без текста" : "Вложение без подписи"
        if hasPhoto { body += "\n\n[К сообщению приложено фото]" }
        if let document = message.document { body += "\n\n[К сообщению приложен файл «\(document.fileName ?? "без имени")»]" }
        let author = Author(name: name.isEmpty ? nil : name, profile: sender.map { "telegram:\($0.id)" })
        return .item(draft(message, kind: .message, text: body, author: author), files: files(of: message))
    }

    /// The files of a message to keep: of a photo's sizes (the Bot API lists them smallest first) the largest
    /// within `AttachmentPolicy.maxBytes` (a size not given is taken to fit), and a document within it. A file
    /// too large stays a file id in the kept update.
    static func files(of message: TelegramUpdate.Message) -> [ChannelFile] {
        let fits = { (size: Int?) in (size ?? 0) <= AttachmentPolicy.maxBytes }
        var files: [ChannelFile] = []
        if let photo = message.photo?.last(where: { fits($0.fileSize) }) {
            files.append(ChannelFile(reference: photo.fileId, fileName: "photo-\(message.messageId).jpg", declaredType: "image/jpeg"))
        }
        if let document = message.document, fits(document.fileSize) {
            files.append(
                ChannelFile(
                    reference: document.fileId, fileName: document.fileName ?? "file-\(message.messageId)",
                    declaredType: document.mimeType ?? "application/octet-stream"
                )
            )
        }
        return files
    }

    private static func draft(_ message: TelegramUpdate.Message, kind: AppealKind, text: String, author: Author) -> AppealDraft {
        AppealDraft(
            kind: kind, channel: .telegram, externalId: "\(message.chat.id):\(message.messageId)",
            receivedAt: Date(timeIntervalSince1970: TimeInterval(message.date)), author: author, text: text,
            point: message.location.map { GeoPoint(lat: $0.latitude, lon: $0.longitude) }
        )
    }
}
