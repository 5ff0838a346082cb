import Foundation
import OtklikCore
import SQLKit

/// What an item's change updates besides its row and its event, in the same transaction: the inbox's
/// counters (`StatusCounts`) and the analytics rollup (`AnalyticsCells`). The old state is taken out and
/// the new one added, so both always equal a count over the items.
struct RollupChanges {
    let timeZone: TimeZone
    private var counts = StatusCounts()
    private var analytics = Rollup()

    init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    mutating func add(_ appeal: Appeal) {
        counts.add(appeal)
        analytics.add(appeal, timeZone: timeZone)
    }

    mutating func remove(_ appeal: Appeal) {
        counts.remove(appeal)
        analytics.add(appeal, timeZone: timeZone, times: -1)
    }

    /// Writes the changes; `revision` is the transaction's last event, written before (`AnalyticsCells`).
    func write(revision: Int64, in db: any SQLDatabase) async throws {
        try await counts.write(in: db)
        try await AnalyticsCells.add(analytics, revision: revision, in: db)
    }
}
