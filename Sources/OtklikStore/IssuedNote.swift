import Foundation

/// A weekly note as it was issued: its week (the Monday), territory ("" for the region), when, and the
/// SHA-256 of its document.
public struct IssuedNote: Sendable, Equatable {
    public var week: String
    public var municipalityId: String
    public var issuedAt: Date
    public var sha256: String
}
