import Foundation

/// A letter as an item (issue 8): a сообщение of the e-mail channel — since 547-ФЗ (28.12.2024) e-mail is no
/// longer a way to send a formal обращение (rules.md §1) — unless the deployment says otherwise; keyed by
/// its Message-ID, so a letter the MTA delivers twice is taken in once. The subject heads the text; the
/// attachments are named at its end (they are kept with the whole letter in the raw payload).
public enum MailIntake {
    public static func draft(_ message: MailMessage, kind: AppealKind = .message, receivedAt: Date? = nil) -> AppealDraft {
        var parts: [String] = []
        if let subject = message.subject?.trimmingCharacters(in: .whitespacesAndNewlines), !subject.isEmpty { parts.append("Тема: \(subject)") }
        if !message.text.isEmpty { parts.append(message.text) }
        if !message.attachments.isEmpty {
            let names = message.attachments.map { $0.fileName ?? $0.contentType }
            parts.append("[Вложения: " + names.joined(separator: ", ") + "]")
        }
        return AppealDraft(
            kind: kind, channel: .email, externalId: message.messageId.map { String($0.prefix(200)) }, receivedAt: receivedAt,
            author: Author(name: message.fromName, email: message.fromAddress), text: fitted(parts.isEmpty ? "Письмо без текста" : parts.joined(separator: "\n\n"))
        )
    }

    /// A draft whose sender or text intake refused, kept all the same: the sender as written goes into the text,
    /// the text is cut to what intake takes (the whole letter stays in the raw payload).
    public static func fallback(_ draft: AppealDraft) -> AppealDraft {
        var kept = draft
        let sender = [draft.author?.name, draft.author?.email].compactMap { $0 }.joined(separator: " ")
        kept.author = nil
        kept.text = fitted((sender.isEmpty ? "" : "От: \(sender)\n\n") + draft.text)
        return kept
    }

    /// Text longer than intake takes is cut, with a note that the whole letter is kept.
    static func fitted(_ text: String) -> String {
        let note = "\n\n[Текст сокращён; полное письмо сохранено вместе с обращением]"
        guard text.count > IntakeLimits.maxTextLength else { return text }
        return String(text.prefix(IntakeLimits.maxTextLength - note.count)) + note
    }
}
