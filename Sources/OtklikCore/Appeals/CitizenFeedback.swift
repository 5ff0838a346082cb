import Foundation

/// The citizen's rating of the answer (M7): was the problem solved.
public struct CitizenFeedback: Codable, Sendable, Equatable {
    public var satisfied: Bool
    public var comment: String?
    public var at: Date

    public init(satisfied: Bool, comment: String?, at: Date) {
        self.satisfied = satisfied
        self.comment = comment
        self.at = at
    }
}
