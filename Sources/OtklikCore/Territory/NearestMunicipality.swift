/// The municipality a point is likely in (issue 5: «find the municipality from the point»): the one whose
/// administrative centre is nearest, within `limit`. Without municipal outlines this is a guess from centres —
/// a point between two towns goes to the nearer — so it is offered to the operator only when neither the
/// address nor the text names a place, and with its distance as the reason.
public enum NearestMunicipality {
    /// 30 km: about the radius of a rural district around its centre.
    public static let limit = 30_000.0

    public static func find(_ point: GeoPoint, in municipalities: [Municipality], limit: Double = limit) -> (municipality: Municipality, metres: Double)? {
        municipalities.compactMap { municipality in municipality.centre.map { (municipality, point.distance(to: $0)) } }
            .filter { $0.1 <= limit }
            .min { $0.1 < $1.1 }
            .map { (municipality: $0.0, metres: $0.1) }
    }
}
