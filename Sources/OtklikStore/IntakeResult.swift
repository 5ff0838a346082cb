import Foundation
import OtklikCore

/// The outcome of taking in one item: the appeal, and whether it is new or was already there
/// under the same (channel, external id).
public struct IntakeResult: Sendable, Equatable {
    /// Changing it drops `document`, which then no longer describes it.
    public var appeal: Appeal {
        didSet { document = nil }
    }
    public var created: Bool
    /// The id of the raw payload stored with a new item (`StoredPayload`); nil when none was given or the
    /// item was there already.
    public var payloadId: String?
    /// The appeal's canonical JSON as it was stored, when it is at hand: an answer can be made of these bytes
    /// instead of encoding the appeal again. Nil when the appeal changed after (the model routed it) or was
    /// there already.
    public private(set) var document: Data?

    public init(appeal: Appeal, created: Bool, payloadId: String? = nil, document: Data? = nil) {
        self.appeal = appeal
        self.created = created
        self.payloadId = payloadId
        self.document = document
    }
}
