/// A file a channel's message carries, to be fetched through the channel and kept as the item's attachment:
/// `reference` is what the channel gives to fetch it by (Telegram: the file id for `getFile`; VK: the URL of
/// the photo's largest size or of the document), with the name and type the sender or the channel gave.
public struct ChannelFile: Sendable, Equatable {
    public var reference: String
    public var fileName: String
    public var declaredType: String

    public init(reference: String, fileName: String, declaredType: String) {
        self.reference = reference
        self.fileName = fileName
        self.declaredType = declaredType
    }
}
