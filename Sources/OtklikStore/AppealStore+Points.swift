import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// The points of the items received from `from` to `to` (both days, in the region's zone) that `filter`
    /// lets through, over what `scope` may see (the slices' own filter and scope rule), the newest first; at
    /// most `limit` of them, with the count of all.
    public func points(from: LocalDate, to: LocalDate, filter: SliceFilter, visibleTo scope: Scope, limit: Int) async throws -> MapPoints {
        let allowed = filter.restricted(to: scope)
        let received = receiptMillis(from: from, to: to)
        let zone = timeZone
        return try await backend.read { db in
            let rows = try await db.raw(
                """
                SELECT lat, lon, \(unsafeRaw: AppealRows.rollupKeyColumns) FROM appeals
                WHERE received_at >= \(bind: received.lowerBound) AND received_at < \(bind: received.upperBound) AND lat IS NOT NULL
                ORDER BY received_at DESC, id DESC
                """
            ).all()
            var found = MapPoints(points: [], total: 0)
            for row in rows where allowed.matches(try AppealRows.rollupKey(row, timeZone: zone)) {
                found.total += 1
                if found.points.count < limit {
                    found.points.append(GeoPoint(lat: try row.decode(column: "lat", as: Double.self), lon: try row.decode(column: "lon", as: Double.self)))
                }
            }
            return found
        }
    }
}
