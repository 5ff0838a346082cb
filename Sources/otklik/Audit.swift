import ArgumentParser
import Foundation
import OtklikServer

struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Журнал событий.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Проверить цепочку хешей журнала событий.")

        @OptionGroup var database: DatabaseOption
        @Option(help: "Сообщать о ходе проверки каждые N событий (журнал читается по 5000)") var progressEvery: Int64 = 100_000
        @Option(
            help: "Номер и хеш события, записанные при прошлой проверке (N:ХЕШ): укороченный или переписанный журнал будет замечен",
            transform: ChainMark.parse
        )
        var expect: ChainMark?

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
                // A server writing meanwhile makes the chain longer than it was counted.
                let length = max(total, checked)
                Console.line(
                    String(format: "проверено %lld из %lld (%.0f %%), %.0f с", checked, length, Double(checked) * 100 / Double(length), Date().timeIntervalSince(started))
                )
            }
            if let broken = report.firstBreak {
                try await store.close()
                Console.line("ЦЕПОЧКА НАРУШЕНА: первое нарушение — событие №\(broken.seq): \(broken.reason). Проверено до него: \(report.eventsChecked).")
                throw ExitCode(2)
            }
            // The chain is whole, so an event that still has the hash recorded earlier vouches for all before it.
            let markedHash: String? =
                if let expect, expect.seq <= report.eventsChecked {
                    expect.seq == report.eventsChecked ? report.lastHash : try await store.eventHash(seq: expect.seq)
                } else { nil }
            try await store.close()
            if let expect, markedHash != expect.hash {
                let what = markedHash == nil ? "его нет: журнал укорочен" : "его хеш другой: журнал переписан"
                Console.line("ЦЕПОЧКА НАРУШЕНА: событие №\(expect.seq) было записано с хешем \(expect.hash), теперь \(what).")
                throw ExitCode(2)
            }
            Console.line("Цепочка цела: проверено событий — \(report.eventsChecked), за \(String(format: "%.1f", Date().timeIntervalSince(started))) с.")
            if let last = report.lastHash {
                Console.line("Запишите для следующей проверки (--expect): \(ChainMark(seq: report.eventsChecked, hash: last).text)")
            }
        }
    }
}
