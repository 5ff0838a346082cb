import Foundation
import OtklikCore
import SQLKit

/// The rollup of appeals by body, block and status (`appeal_counts`), changed in the same transaction as
/// the appeals, so the inbox's counters read a few hundred rows instead of counting millions. The raw
/// count over `appeals` is the oracle the tests hold it to.
struct StatusCounts {
    struct Key: Hashable {
        var bodyId: String
        var blockId: String
        var status: String

        /// An appeal without a body or block counts under "".
        init(_ appeal: Appeal) {
            bodyId = appeal.bodyId ?? ""
            blockId = appeal.blockId ?? ""
            status = appeal.status.rawValue
        }
    }

    private var deltas: [Key: Int64] = [:]

    mutating func add(_ appeal: Appeal) { deltas[Key(appeal), default: 0] += 1 }
    mutating func remove(_ appeal: Appeal) { deltas[Key(appeal), default: 0] -= 1 }

    /// Applies the changes gathered so far, one upsert for all of them.
    func write(in db: any SQLDatabase) async throws {
        let changes = deltas.filter { $0.value != 0 }.sorted { ($0.key.bodyId, $0.key.blockId, $0.key.status) < ($1.key.bodyId, $1.key.blockId, $1.key.status) }
        guard !changes.isEmpty else { return }
        let values = changes.map { key, n -> SQLQueryString in "(\(bind: key.bodyId), \(bind: key.blockId), \(bind: key.status), \(bind: n))" }
        try await db.raw(
            """
            INSERT INTO appeal_counts (body_id, block_id, status, n) VALUES \(values.joined(separator: ", "))
            ON CONFLICT (body_id, block_id, status) DO UPDATE SET n = appeal_counts.n + excluded.n
            """
        ).run()
    }
}
