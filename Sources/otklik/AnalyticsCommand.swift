import ArgumentParser
import Foundation
import OtklikCore
import OtklikServer
import OtklikStore

/// `otklik analytics …`: the stored rollup of the slices, counted afresh or checked against the items.
struct AnalyticsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analytics", abstract: "Свод для аналитики: пересчёт и сверка с самими обращениями.",
        subcommands: [Rebuild.self, Check.self]
    )

    struct Rebuild: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Пересчитать свод из обращений (после смены часового пояса региона или для проверки); серверы перечитают его сами."
        )
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let store = try await database.open(ServerConfiguration())
            let started = Date()
            try await store.rebuildAnalytics()
            Console.line("Свод пересчитан за \(String(format: "%.1f", Date().timeIntervalSince(started))) с.")
            try await store.close()
        }
    }

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Сверить свод с подсчётом по самим обращениям, по 30 дней; выход с кодом 1, если расходится."
        )
        @Option(help: "Первый день ГГГГ-ММ-ДД (по умолчанию год назад)", transform: CalendarCommand.date) var from: LocalDate?
        @Option(help: "Последний день ГГГГ-ММ-ДД (по умолчанию сегодня)", transform: CalendarCommand.date) var to: LocalDate?
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let configuration = ServerConfiguration()
            let store = try await database.open(configuration)
            let now = Timestamp.now()
            let last = to ?? LocalDate(now, in: configuration.timeZone)
            var day = from ?? last.adding(days: -365)
            var differing: [String] = []
            var cells = 0
            while day <= last {
                let end = min(day.adding(days: 29), last)
                let stored = try await store.rollup(from: day, to: end, counted: false, now: now)
                let counted = try await store.rollup(from: day, to: end, counted: true, now: now)
                cells += counted.cells.count
                if stored != counted { differing.append("\(day.russian) — \(end.russian)") }
                Console.line("\(end.russian): \(stored == counted ? "сходится" : "РАСХОДИТСЯ")")
                day = end.adding(days: 1)
            }
            try await store.close()
            guard differing.isEmpty else {
                Console.line("Свод расходится с обращениями: \(differing.joined(separator: "; ")). Пересчитайте: otklik analytics rebuild")
                throw ExitCode(1)
            }
            Console.line("Свод сходится с обращениями: \(cells) ячеек.")
        }
    }
}
