import Foundation
import Synchronization

extension RollupCube {
    /// Above this many cells in a slice's days, the scan is split over two cores.
    public static let parallelCells = 200_000

    /// What a slice needs of the cube: the cells of its periods, filtered and summed to its groups
    /// (`SliceRequest.projected`), with the counts of times and the items running late at `now` when its
    /// measure reads them. The engine computes the same slice from this as from the stored rollup.
    public func rollup(for request: SliceRequest, now: Date, parallelAbove: Int = parallelCells) -> Rollup {
        guard !request.filter.isEmpty else { return Rollup() }
        let places = DayPlaces(request)
        let nowMillis = Timestamp.millis(now)
        let scanned = (request.previousFrom.dayNumber...request.to.dayNumber).compactMap { number in days[number].map { (number, $0) } }
        // Large scans run on two cores, each over every other day, and are merged.
        let parts = scanned.reduce(0) { $0 + $1.1.cells.count } > parallelAbove ? 2 : 1
        let results = Mutex<[Int: CubeScan]>([:])
        let books = books
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var scan = CubeScan(request: request, books: books, places: places.days)
            for index in stride(from: part, to: scanned.count, by: parts) {
                scan.add(scanned[index].1, place: places.place(of: scanned[index].0), now: nowMillis)
            }
            results.withLock { $0[part] = scan }
        }
        let scans = results.withLock { scans in (0..<parts).compactMap { scans[$0] } }
        var scan = scans[0]
        for other in scans.dropFirst() { scan.merge(other) }
        return scan.rollup(books: books)
    }

    /// Many slices at once (a page of charts), side by side on the cores; in the order asked.
    public func slices(_ requests: [SliceRequest], now: Date) async -> [Slice] {
        await withTaskGroup(of: (Int, Slice).self) { group in
            for (index, request) in requests.enumerated() {
                group.addTask { (index, SliceEngine.slice(request, fromProjected: rollup(for: request, now: now))) }
            }
            var found = [Slice?](repeating: nil, count: requests.count)
            for await (index, slice) in group { found[index] = slice }
            return found.compactMap { $0 }
        }
    }
}
