import Foundation
import OtklikCore

/// The demo region's items generated and taken through their workflows in memory (`DemoGenerator`,
/// `Workflow.apply`), for timing slices at a size no test database holds: the rollup in memory
/// (`RollupCube`) filled from them, and each item's figures as a CSV row for DuckDB.
struct GeneratedRegion {
    var cube = RollupCube()
    var items = 0
    static let chunk = 100_000
    static let csvHeader =
        "day,municipality,block,topic,body,channel,kind,status,repeated,postponed,answered,answered_in_term,settled_late,rated,satisfied,redirected,answer_days,due\n"

    /// Generates `count` items in chunks on every core; writes their CSV rows to `csv` when given.
    static func generate(_ count: Int, now: Date, timeZone: TimeZone, csv: URL?, progress: @Sendable (Int) -> Void) async throws -> GeneratedRegion {
        let terms = TermPolicy(timeZone: timeZone)
        if let csv { try Data(csvHeader.utf8).write(to: csv) }
        let writer = try csv.map { try FileHandle(forWritingTo: $0) }
        try writer?.seekToEnd()
        var region = GeneratedRegion()
        var rollup = Rollup()
        let chunks = (count + chunk - 1) / chunk
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var next = 0
        try await withThrowingTaskGroup(of: ChunkResult.self) { group in
            func start(_ index: Int) {
                let size = min(chunk, count - index * chunk)
                group.addTask { Self.chunk(index, size: size, now: now, timeZone: timeZone, terms: terms, csv: csv != nil) }
            }
            while next < min(workers, chunks) {
                start(next)
                next += 1
            }
            while let result = try await group.next() {
                for (key, counts) in result.rollup.cells { rollup.cells[key, default: RollupCounts()].add(counts) }
                for (key, n) in result.rollup.durations { rollup.durations[key, default: 0] += n }
                for item in result.running { region.cube.setRunning(item.id, in: item.key, dueMillis: item.due) }
                try writer?.write(contentsOf: Data(result.csv.utf8))
                region.items += result.items
                progress(region.items)
                if next < chunks {
                    start(next)
                    next += 1
                }
            }
        }
        try writer?.close()
        for (key, counts) in rollup.cells { region.cube.setCell(key, to: counts) }
        for (key, n) in rollup.durations { region.cube.setDuration(key, to: n) }
        return region
    }

    struct ChunkResult: Sendable {
        var rollup = Rollup()
        var running: [(id: String, key: RollupKey, due: Int64)] = []
        var csv = ""
        var items = 0
    }

    private static func chunk(_ index: Int, size: Int, now: Date, timeZone: TimeZone, terms: TermPolicy, csv: Bool) -> ChunkResult {
        var generator = DemoGenerator(seed: 2026 + UInt64(index), now: now)
        generator.days = 730
        let executors = Dictionary(uniqueKeysWithValues: DemoRegion.bodies.map { ($0.id, DemoRegion.executor(of: $0)) })
        let operatorUser = DemoRegion.staff.first { $0.role == .operator }!
        let references = WorkflowReferences(
            bodyIds: Set(DemoRegion.bodies.map(\.id)), municipalityIds: Set(DemoRegion.municipalities.map(\.oktmo)), rubricator: .default, terms: terms
        )
        var result = ChunkResult()
        result.csv.reserveCapacity(csv ? size * 110 : 0)
        for (offset, item) in generator.generate(count: size).enumerated() {
            var appeal = Appeal(
                id: "g\(index)-\(offset)", number: "", draft: item.draft, receivedAt: item.draft.receivedAt ?? now, now: item.draft.receivedAt ?? now
            )
            if item.repeatOfIndex != nil { appeal.repeatOf = "earlier" }
            terms.schedule(&appeal)
            for step in item.steps {
                let actor = step.actorBodyId.flatMap { executors[$0] } ?? operatorUser
                if let next = try? Workflow.apply(step.action, input: step.input, to: appeal, by: actor, at: step.at, references: references) {
                    appeal = next
                }
            }
            result.rollup.add(appeal, timeZone: timeZone)
            let key = RollupKey(appeal, timeZone: timeZone)
            let due = TermState.runningDue(appeal).map(Timestamp.millis)
            if let due { result.running.append((appeal.id, key, due)) }
            if csv { result.csv += row(key, RollupCounts(appeal), answerDays: AnswerDays.of(appeal, timeZone: timeZone), due: due) }
        }
        result.items = size
        return result
    }

    private static func row(_ key: RollupKey, _ c: RollupCounts, answerDays: Int?, due: Int64?) -> String {
        let fields: [String] = [
            key.day.iso, key.municipalityId, key.blockId, key.topicId, key.bodyId, key.channel, key.kind, key.status, "\(c.repeated)",
            "\(c.postponed)", "\(c.answered)", "\(c.answeredInTerm)", "\(c.settledLate)", "\(c.rated)", "\(c.satisfied)", "\(c.redirected)",
            answerDays.map(String.init) ?? "", due.map(String.init) ?? "",
        ]
        return fields.joined(separator: ",") + "\n"
    }
}
