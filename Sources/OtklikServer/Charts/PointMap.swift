import Foundation
import OtklikCore

/// The geographic view of a period's items (issue 6), drawn by the server as SVG without outside tiles: a
/// plain grid of latitudes and longitudes, the density of items in squares, each item as a dot while there
/// are few enough to see them apart, and the municipalities' centres named. With a tile server configured
/// (`OTKLIK_MAP_TILES`), its tiles lie under the drawing in the same projection.
struct PointMap {
    struct Place {
        var name: String
        var centre: GeoPoint
    }

    /// Above this many items, dots would merge into a blot: density alone is drawn.
    static let dotLimit = 3_000
    static let cell = 32.0

    var title: String
    var points: [GeoPoint]
    var places: [Place]
    /// A tile URL template with `{z}`, `{x}`, `{y}`, or nil.
    var tiles: String?
    var width = 960.0

    var svg: String {
        let projection = MapProjection(fitting: points.isEmpty ? places.map(\.centre) : points, width: width, maxHeight: 720)
        let height = projection.height
        var out = """
            <svg class="chart point-map" viewBox="0 0 \(SVGText.number(width)) \(SVGText.number(height))" role="img" \
            aria-label="\(SVGText.escaped(title))" xmlns="http://www.w3.org/2000/svg"><title>\(SVGText.escaped(title))</title>\
            <rect class="ground" width="\(SVGText.number(width))" height="\(SVGText.number(height))"/>
            """
        if let tiles {
            let layer = projection.tiles()
            for tile in layer.tiles {
                let url = tiles.replacingOccurrences(of: "{z}", with: String(layer.zoom))
                    .replacingOccurrences(of: "{x}", with: String(tile.x)).replacingOccurrences(of: "{y}", with: String(tile.y))
                out += "<image href=\"\(SVGText.escaped(url))\" x=\"\(SVGText.number(tile.left))\" y=\"\(SVGText.number(tile.top))\" width=\"\(SVGText.number(tile.size + 0.5))\" height=\"\(SVGText.number(tile.size + 0.5))\"/>"
            }
        }
        out += grid(projection)
        out += density(projection)
        if points.count <= Self.dotLimit {
            out += "<g class=\"dots\">"
            for point in points {
                let at = projection.point(point)
                out += "<circle cx=\"\(SVGText.number(at.x))\" cy=\"\(SVGText.number(at.y))\" r=\"2.5\"/>"
            }
            out += "</g>"
        }
        out += "<g class=\"places\">"
        for place in places {
            let at = projection.point(place.centre)
            guard (0...width).contains(at.x), (0...height).contains(at.y) else { continue }
            out += "<circle cx=\"\(SVGText.number(at.x))\" cy=\"\(SVGText.number(at.y))\" r=\"4\"/><text x=\"\(SVGText.number(at.x + 7))\" y=\"\(SVGText.number(at.y - 6))\">\(SVGText.escaped(place.name))</text>"
        }
        return out + "</g></svg>"
    }

    /// Lines of latitude and longitude at a round step, labelled in degrees.
    func grid(_ projection: MapProjection) -> String {
        let bounds = projection.bounds
        let step = Self.step((bounds.east - bounds.west) / 6)
        var out = "<g class=\"graticule\">"
        var lon = (bounds.west / step).rounded(.up) * step
        while lon <= bounds.east {
            let x = projection.point(GeoPoint(lat: bounds.north, lon: lon)).x
            out += "<line x1=\"\(SVGText.number(x))\" x2=\"\(SVGText.number(x))\" y1=\"0\" y2=\"\(SVGText.number(projection.height))\"/>"
            out += "<text x=\"\(SVGText.number(x + 3))\" y=\"\(SVGText.number(projection.height - 5))\">\(Self.degrees(lon, step)) в. д.</text>"
            lon += step
        }
        var lat = (bounds.south / step).rounded(.up) * step
        while lat <= bounds.north {
            let y = projection.point(GeoPoint(lat: lat, lon: bounds.west)).y
            out += "<line x1=\"0\" x2=\"\(SVGText.number(width))\" y1=\"\(SVGText.number(y))\" y2=\"\(SVGText.number(y))\"/>"
            out += "<text x=\"4\" y=\"\(SVGText.number(y - 3))\">\(Self.degrees(lat, step)) с. ш.</text>"
            lat += step
        }
        return out + "</g>"
    }

    /// Items counted in squares of `cell` pixels, each square shaded in five levels of the busiest one.
    func density(_ projection: MapProjection) -> String {
        var counts: [Int: Int] = [:]
        let columns = Int((width / Self.cell).rounded(.up))
        for point in points {
            let at = projection.point(point)
            counts[Int(at.y / Self.cell) * columns + Int(at.x / Self.cell), default: 0] += 1
        }
        let busiest = counts.values.max() ?? 0
        var out = "<g class=\"density\">"
        for (index, count) in counts.sorted(by: { $0.key < $1.key }) {
            let level = min(HeatMap.levels, 1 + (count - 1) * HeatMap.levels / max(busiest, 1))
            out += "<rect class=\"heat-\(level)\" x=\"\(SVGText.number(Double(index % columns) * Self.cell))\" y=\"\(SVGText.number(Double(index / columns) * Self.cell))\" width=\"\(SVGText.number(Self.cell))\" height=\"\(SVGText.number(Self.cell))\"><title>Обращений в квадрате: \(SliceFormat.grouped(Int64(count)))</title></rect>"
        }
        return out + "</g>"
    }

    static func step(_ rough: Double) -> Double {
        for step in [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10] where step >= rough { return step }
        return 20
    }

    static func degrees(_ value: Double, _ step: Double) -> String {
        SliceFormat.decimal(value, digits: step >= 1 ? 0 : step >= 0.1 ? 1 : 2) + "°"
    }
}
