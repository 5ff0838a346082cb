import OtklikCore

/// The repeats, duplicates and campaign of an appeal, or how far the index has got while it is still being
/// built after a start.
public enum SimilarityLookup: Sendable, Equatable {
    case ready(SimilarityCheck)
    case building(indexed: Int, total: Int)
}
