import Foundation

/// A WGS 84 point.
public struct GeoPoint: Codable, Sendable, Equatable, Hashable {
    public var lat: Double
    public var lon: Double

    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }

    public var isValid: Bool {
        lat.isFinite && lon.isFinite && (-90...90).contains(lat) && (-180...180).contains(lon)
    }
}

extension GeoPoint {
    /// Metres per degree of latitude (WGS 84 mean).
    static let metresPerDegree = 111_320.0

    /// The distance in metres, on the local flat approximation: within a kilometre or two (the radius of a
    /// duplicate check) it differs from the great-circle distance by well under a metre.
    public func distance(to other: GeoPoint) -> Double {
        let meanLatitude = (lat + other.lat) / 2 * .pi / 180
        let dx = (other.lon - lon) * Self.metresPerDegree * cos(meanLatitude)
        let dy = (other.lat - lat) * Self.metresPerDegree
        return (dx * dx + dy * dy).squareRoot()
    }
}
