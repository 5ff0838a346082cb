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
            author: Author(name: message.fromName, email: message.fromAddress), text: parts.isEmpty ? "Письмо без текста" : parts.joined(separator: "\n\n")
        )
    }
}
