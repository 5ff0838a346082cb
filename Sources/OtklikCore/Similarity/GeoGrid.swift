import Foundation

/// Cells about one radius tall and wide, so every point within the radius of a point lies in its cell's
/// row or the two rows beside it. Columns are as wide in metres as the rows are tall, at each row's latitude.
struct GeoGrid: Sendable {
    /// Cell height in degrees of latitude.
    let step: Double
    let radiusMetres: Double

    init(radiusMetres: Double) {
        self.radiusMetres = max(radiusMetres, 1)
        step = self.radiusMetres / GeoPoint.metresPerDegree
    }

    func key(_ point: GeoPoint) -> UInt64 {
        let row = Int(floor(point.lat / step))
        return Self.key(row: row, column: Int(floor(point.lon / columnWidth(row))))
    }

    /// The keys of every cell that may hold a point within the radius of `point`.
    func keysAround(_ point: GeoPoint) -> [UInt64] {
        let row = Int(floor(point.lat / step))
        let span = radiusMetres / (GeoPoint.metresPerDegree * max(cos(point.lat * .pi / 180), 0.01))
        var keys: [UInt64] = []
        for neighbour in (row - 1)...(row + 1) {
            let width = columnWidth(neighbour)
            for column in Int(floor((point.lon - span) / width))...Int(floor((point.lon + span) / width)) {
                keys.append(Self.key(row: neighbour, column: column))
            }
        }
        return keys
    }

    private func columnWidth(_ row: Int) -> Double {
        step / max(cos((Double(row) + 0.5) * step * .pi / 180), 0.01)
    }

    private static func key(row: Int, column: Int) -> UInt64 {
        UInt64(UInt32(truncatingIfNeeded: row)) << 32 | UInt64(UInt32(truncatingIfNeeded: column))
    }
}
