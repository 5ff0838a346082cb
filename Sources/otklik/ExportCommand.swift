import ArgumentParser
import Foundation
import OtklikCore
import OtklikServer
import OtklikStore

/// `otklik export appeals`: every appeal a filter finds, as a CSV or XLSX file, with progress — the same
/// file as the inbox's and the API's `format=` (`AppealListExport`), for exports too large to wait for in a browser.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Выгрузка в файл CSV или XLSX.", subcommands: [Appeals.self]
    )

    struct Appeals: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Все обращения, подходящие под фильтр, новые первыми.")

        @Option(help: "Файл, куда выгрузить (.csv или .xlsx)") var out: String
        @Option(help: "csv или xlsx (по умолчанию — по расширению файла)") var format: String?
        @Option(help: "Код отраслевого блока") var block: String?
        @Option(help: "Код ОКТМО муниципального образования") var municipality: String?
        @Option(help: "Поступило с (ГГГГ-ММ-ДД)", transform: CalendarCommand.date) var from: LocalDate?
        @Option(help: "Поступило до (ГГГГ-ММ-ДД, не включая)", transform: CalendarCommand.date) var to: LocalDate?
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let raw = format ?? URL(fileURLWithPath: out).pathExtension.lowercased()
            guard let fileFormat = ExportFormat(rawValue: raw) else {
                throw ValidationError("Формат «\(raw)» не поддерживается: укажите --format csv или --format xlsx")
            }
            let configuration = ServerConfiguration()
            let store = try await database.open(configuration)
            var filter = AppealFilter()
            filter.blockId = block
            filter.municipalityId = municipality
            filter.from = from.map { Timestamp.date(millis: $0.startMillis(in: configuration.timeZone)) }
            filter.to = to.map { Timestamp.date(millis: $0.startMillis(in: configuration.timeZone)) }
            let export = AppealListExport(
                store: store, filter: filter, scope: .all, references: try await store.references(), timeZone: configuration.timeZone
            )
            let started = Date()
            var reported = 0
            let rows = try await export.write(fileFormat, to: URL(fileURLWithPath: out)) { written in
                if written - reported >= 100_000 {
                    reported = written
                    Console.line("выгружено \(written) обращений, \(String(format: "%.0f", Date().timeIntervalSince(started))) с")
                }
            }
            try await store.close()
            let peak = Self.peakMemoryMegabytes().map { "; пиковая память процесса: \($0) МБ" } ?? ""
            Console.line("Выгружено обращений: \(rows), файл \(out), за \(String(format: "%.1f", Date().timeIntervalSince(started))) с\(peak)")
        }

        /// The process's peak resident memory (VmHWM of /proc/self/status, Linux), in megabytes.
        static func peakMemoryMegabytes() -> Int? {
            guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
                let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
            else { return nil }
            return kilobytes / 1024
        }
    }
}
