import Foundation

/// A file kept with an item (`attachments`): its checked type, size and SHA-256; its bytes are read apart
/// (`AppealStore.attachmentData`).
public struct StoredAttachment: Sendable, Equatable {
    public var id: String
    public var appealId: String
    public var fileName: String?
    public var contentType: String
    public var size: Int
    public var sha256: String
    public var createdAt: Date
}
