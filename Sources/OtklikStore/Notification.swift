import Foundation
import OtklikCore

/// A term alert as stored and shown to the people it reaches.
public struct Notification: Codable, Sendable, Equatable {
    public var id: String
    public var appealId: String
    public var kind: TermAlert.Kind
    public var dueAt: Date
    public var recipient: String
    public var text: String
    public var createdAt: Date
    public var readAt: Date?
}
