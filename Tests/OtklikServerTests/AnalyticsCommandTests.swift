import Foundation
import OtklikCore
import OtklikTestSupport
import SQLKit
import Testing

@testable import OtklikStore

@Suite("otklik analytics: the stored rollup checked against the items and counted afresh")
struct AnalyticsCommandTests {
    /// Runs `otklik analytics <arguments>` and returns its exit status and output.
    func run(_ arguments: [String]) async throws -> (status: Int32?, output: String) {
        try await ServerProcess.command(["analytics"] + arguments)
    }

    @Test("a rollup that lost its rows is found by the check, and a rebuild makes it agree again")
    func checkAndRebuild() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("otklik-analytics-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: file) }
        let database = "sqlite:" + file.path
        let (store, _) = try await ServerProcess.regionWithLetters(database, (0..<3).map { "Яма на дороге \($0)" })
        try await store.close()

        let agreeing = try await run(["check", "--database", database])
        #expect(agreeing.status == 0, "\(agreeing.output)")
        #expect(agreeing.output.contains("Свод сходится с обращениями"))

        let tampered = try await AppealStore.open(try DatabaseURL(database))
        try await tampered.backend.write { db in try await db.raw("DELETE FROM analytics_cells").run() }
        try await tampered.close()
        let differing = try await run(["check", "--database", database])
        #expect(differing.status == 1)
        #expect(differing.output.contains("РАСХОДИТСЯ"))
        #expect(differing.output.contains("Пересчитайте: otklik analytics rebuild"))

        let rebuilt = try await run(["rebuild", "--database", database])
        #expect(rebuilt.status == 0, "\(rebuilt.output)")
        #expect(rebuilt.output.contains("Свод пересчитан"))
        #expect(try await run(["check", "--database", database]).status == 0)
    }

    @Test("a wrong date is a Russian error naming the expected form")
    func wrongDate() async throws {
        let reply = try await run(["check", "--from", "01.11.2026", "--database", "sqlite:/nonexistent/never.sqlite"])
        #expect(reply.status != 0)
        #expect(reply.output.contains("Ожидается дата в формате ГГГГ-ММ-ДД"))
    }
}
