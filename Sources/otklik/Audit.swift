import ArgumentParser
import Foundation
import OtklikServer

struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Журнал событий.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Проверить цепочку хешей журнала событий.")

        @OptionGroup var database: DatabaseOption
        @Option(help: "Сообщать о ходе проверки каждые N событий") var progressEvery: Int64 = 100_000

        func validate() throws {
            guard progressEvery > 0 else { throw ValidationError("--progress-every должно быть больше нуля") }
        }

        func run() async throws {
            let store = try await database.open(ServerConfiguration())
            let total = try await store.chainLength()
            Console.line("Проверяю цепочку журнала: событий — \(total).")
            let started = Date()
            var reported: Int64 = 0
            let report = try await store.verifyChain { checked in
                guard checked - reported >= progressEvery else { return }
                reported = checked
                let percent = total > 0 ? Double(checked) * 100 / Double(total) : 100
                Console.line(String(format: "проверено %lld из %lld (%.0f %%), %.0f с", checked, total, percent, Date().timeIntervalSince(started)))
            }
            try await store.close()
            if let broken = report.firstBreak {
                Console.line("ЦЕПОЧКА НАРУШЕНА: первое нарушение — событие №\(broken.seq): \(broken.reason). Проверено до него: \(report.eventsChecked).")
                throw ExitCode(2)
            }
            Console.line("Цепочка цела: проверено событий — \(report.eventsChecked), за \(String(format: "%.1f", Date().timeIntervalSince(started))) с.")
        }
    }
}
