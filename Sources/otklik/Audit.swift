import ArgumentParser
import OtklikServer

struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Журнал событий.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Проверить цепочку хешей журнала событий.")

        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let store = try await database.open(ServerConfiguration())
            let report = try await store.verifyChain()
            try await store.close()
            if let broken = report.firstBreak {
                Console.line("ЦЕПОЧКА НАРУШЕНА: первое нарушение — событие №\(broken.seq): \(broken.reason). Проверено до него: \(report.eventsChecked).")
                throw ExitCode(2)
            }
            Console.line("Цепочка цела: проверено событий — \(report.eventsChecked).")
        }
    }
}
