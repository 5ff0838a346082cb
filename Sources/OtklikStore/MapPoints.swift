import OtklikCore

/// The points of a period's items for the map: the newest up to a limit, and how many there were in all.
public struct MapPoints: Sendable, Equatable {
    public var points: [GeoPoint]
    /// Items with a point that the filter let through, drawn or not.
    public var total: Int
}
