import Foundation

/// How much the public side takes from one network address and from one contact (phone, e-mail) in a window,
/// against floods and robots (issue 9). Generous for an address: a mobile operator puts many residents behind
/// one. Zero turns a limit off. Counted in each server process's memory, so with several processes each
/// allows this much.
public struct SubmissionLimits: Sendable, Equatable {
    public var perAddress: Int
    public var perContact: Int
    public var window: TimeInterval

    public init(perAddress: Int = 30, perContact: Int = 5, window: TimeInterval = 600) {
        self.perAddress = perAddress
        self.perContact = perContact
        self.window = window
    }

    /// The keys a submission counts against: its address, and its author's contact when given.
    public func keys(address: String?, author: Author?) -> [(key: String, limit: Int)] {
        var keys: [(key: String, limit: Int)] = []
        if perAddress > 0, let address { keys.append(("ip:" + address, perAddress)) }
        if perContact > 0, let contact = author?.identityKey { keys.append((contact, perContact)) }
        return keys
    }
}
