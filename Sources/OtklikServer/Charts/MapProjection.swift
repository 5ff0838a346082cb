import Foundation
import OtklikCore

/// Web Mercator (the projection of map tiles) fitted to a box of points: where a point falls on a drawing
/// `width` wide, and which tiles of zoom `zoom` cover it, so points, density and an optional tile layer agree.
struct MapProjection {
    /// The box in Mercator units, 0…1 across the world (x east, y south).
    let minX: Double, minY: Double, maxX: Double, maxY: Double
    let width: Double
    let height: Double

    /// A box around `points` with a margin; a single place gets a box of a few kilometres.
    init(fitting points: [GeoPoint], width: Double, maxHeight: Double) {
        let xs = points.map { Self.x($0.lon) }, ys = points.map { Self.y($0.lat) }
        var low = (x: xs.min() ?? 0.5, y: ys.min() ?? 0.5), high = (x: xs.max() ?? 0.5, y: ys.max() ?? 0.5)
        let least = 0.00005
        let spanX = max(high.x - low.x, least), spanY = max(high.y - low.y, least)
        let middle = (x: (low.x + high.x) / 2, y: (low.y + high.y) / 2)
        low = (middle.x - spanX * 0.55, middle.y - spanY * 0.55)
        high = (middle.x + spanX * 0.55, middle.y + spanY * 0.55)
        // Keep the drawing within maxHeight by widening the box, never by distorting it.
        var boxX = high.x - low.x, boxY = high.y - low.y
        if boxY / boxX * width > maxHeight { boxX = boxY * width / maxHeight }
        boxY = max(boxY, boxX * 0.4)
        minX = middle.x - boxX / 2
        maxX = middle.x + boxX / 2
        minY = middle.y - boxY / 2
        maxY = middle.y + boxY / 2
        self.width = width
        height = (boxY / boxX * width).rounded()
    }

    static func x(_ lon: Double) -> Double { (lon + 180) / 360 }

    static func y(_ lat: Double) -> Double {
        let radians = min(max(lat, -85), 85) * .pi / 180
        return (1 - log(tan(radians) + 1 / cos(radians)) / .pi) / 2
    }

    static func latitude(_ y: Double) -> Double { atan(sinh(.pi * (1 - 2 * y))) * 180 / .pi }

    func point(_ point: GeoPoint) -> (x: Double, y: Double) {
        ((Self.x(point.lon) - minX) / (maxX - minX) * width, (Self.y(point.lat) - minY) / (maxY - minY) * height)
    }

    /// The west and east longitudes, the north and south latitudes of the drawing.
    var bounds: (west: Double, east: Double, north: Double, south: Double) {
        (minX * 360 - 180, maxX * 360 - 180, Self.latitude(minY), Self.latitude(maxY))
    }

    /// The zoom whose 256-pixel tiles come closest to the drawing's scale, and each tile's place on it.
    func tiles() -> (zoom: Int, tiles: [(x: Int, y: Int, left: Double, top: Double, size: Double)]) {
        let zoom = min(18, max(1, Int(log2(width / ((maxX - minX) * 256)).rounded(.down))))
        let count = Double(1 << zoom)
        let size = width / ((maxX - minX) * count)
        var tiles: [(x: Int, y: Int, left: Double, top: Double, size: Double)] = []
        for ty in Int(minY * count)...Int(maxY * count) {
            for tx in Int(minX * count)...Int(maxX * count) {
                tiles.append((tx, ty, (Double(tx) / count - minX) / (maxX - minX) * width, (Double(ty) / count - minY) / (maxY - minY) * height, size))
            }
        }
        return (zoom, tiles)
    }
}
