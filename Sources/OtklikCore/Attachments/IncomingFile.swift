import Foundation

/// A file that came with an item, before it is checked (`AttachmentPolicy`) and stored.
public struct IncomingFile: Sendable, Equatable {
    public var fileName: String?
    public var declaredType: String
    public var data: Data

    public init(fileName: String?, declaredType: String, data: Data) {
        self.fileName = fileName
        self.declaredType = declaredType
        self.data = data
    }
}
