import Foundation

extension RollupCube {
    /// What a slice needs of the cube: the cells of its periods, filtered and summed to its groups
    /// (`SliceRequest.projected`), with the answer days and the items running late at `now` when its
    /// measure reads them. The engine computes the same slice from this as from the stored rollup.
    public func rollup(for request: SliceRequest, now: Date) -> Rollup {
        guard !request.filter.isEmpty else { return Rollup() }
        var scan = CubeScan(request: request, books: books)
        let first = request.previousFrom.dayNumber
        let from = request.from.dayNumber
        for dayNumber in first...request.to.dayNumber {
            guard let day = days[dayNumber] else { continue }
            scan.add(day, dayIndex: scan.keepsDay ? Int(dayNumber - first) : dayNumber >= from ? 1 : 0, now: Timestamp.millis(now))
        }
        return scan.rollup(books: books)
    }
}
