import Foundation

/// Reads an Odnoklassniki notification (issue 8): a new message from a person is a сообщение keyed
/// `<chat>/<mid>`, so a notification OK sends again (it retries until it gets a 200) takes nothing in twice,
/// and the answer knows its chat. Other notifications carry no message and are left out.
public enum OKIntake {
    public static func read(_ notification: OKNotification) -> AppealDraft? {
        guard let message = notification.message, let chat = notification.recipient?.chatId, let sender = notification.sender?.userId else {
            return nil
        }
        let text = (message.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let kinds = (message.attachments ?? []).map(\.type)
        guard !text.isEmpty || !kinds.isEmpty else { return nil }
        var body = text.isEmpty ? "Сообщение без текста" : text
        if !kinds.isEmpty { body += "\n\n[Вложения: " + kinds.joined(separator: ", ") + "]" }
        return AppealDraft(
            kind: .message, channel: .ok, externalId: "\(chat)/\(message.mid)",
            receivedAt: Date(timeIntervalSince1970: TimeInterval(notification.timestamp) / 1000), author: Author(profile: "ok:" + sender), text: body
        )
    }
}
