import Foundation

/// A file attached to a letter: its name as the sender gave it, its declared type and its bytes.
public struct MailAttachment: Sendable, Equatable {
    public var fileName: String?
    public var contentType: String
    public var data: Data

    public init(fileName: String?, contentType: String, data: Data) {
        self.fileName = fileName
        self.contentType = contentType
        self.data = data
    }
}
