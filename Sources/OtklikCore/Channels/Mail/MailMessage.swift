import Foundation

/// A letter as Otklik reads it (`MIMEParser`): the sender, the subject, its id, the text (plain text
/// preferred; HTML reduced to its text), and the attachments.
public struct MailMessage: Sendable, Equatable {
    public var fromName: String?
    public var fromAddress: String?
    public var subject: String?
    public var messageId: String?
    public var date: Date?
    public var text: String
    public var attachments: [MailAttachment]

    public init(
        fromName: String? = nil, fromAddress: String? = nil, subject: String? = nil, messageId: String? = nil, date: Date? = nil, text: String = "",
        attachments: [MailAttachment] = []
    ) {
        self.fromName = fromName
        self.fromAddress = fromAddress
        self.subject = subject
        self.messageId = messageId
        self.date = date
        self.text = text
        self.attachments = attachments
    }
}
