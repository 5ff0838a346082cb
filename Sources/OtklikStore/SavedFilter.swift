import Foundation

/// An inbox filter a user keeps under a name: the inbox's query string (the API's list parameters).
public struct SavedFilter: Sendable, Equatable {
    public var id: String
    public var name: String
    public var query: String

    public static let maxPerUser = 50
    public static let maxNameLength = 100
    public static let maxQueryLength = 2_000
}
