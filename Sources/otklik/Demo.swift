import ArgumentParser
import Foundation
import OtklikServer
import OtklikStore

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Создать демонстрационный регион с обращениями.")

    @Option(help: "Сколько обращений создать") var appeals = 20_000
    @Option(help: "Зерно генератора (одинаковое зерно — одинаковые данные)") var seed: UInt64 = 2026
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        guard (0...1_000_000).contains(appeals) else { throw ValidationError("--appeals: от 0 до 1 000 000") }
        let configuration = ServerConfiguration()
        let store = try await database.open(configuration)
        guard try await DemoLoader.isEmpty(store) else {
            try await store.close()
            throw ValidationError("База уже содержит данные; демо-регион создаётся только в пустой базе")
        }
        try await Self.loadAndPrint(into: store, appeals: appeals, seed: seed, cost: configuration.bcryptCost)
        try await store.close()
    }

    static func loadAndPrint(into store: AppealStore, appeals: Int, seed: UInt64, cost: UInt8) async throws {
        Console.line("Создаю демо-регион: \(appeals) обращений…")
        let started = Date()
        let logins = try await DemoLoader.load(into: store, appeals: appeals, seed: seed, bcryptCost: cost) { done, total in
            if done == total || done % 5_000 == 0 { Console.line("  \(done) из \(total)") }
        }
        Console.line(String(format: "Готово за %.1f с. Пользователи демо-региона (логин / пароль):", Date().timeIntervalSince(started)))
        for login in logins where login.role != .executor || login.login == "exec-60701000-adm" {
            Console.line("  \(login.role.title): \(login.login) / \(login.password)")
        }
        Console.line("  Исполнители органов: exec-<код органа> / otklik-exec-<код органа> (\(logins.filter { $0.role == .executor }.count) шт.)")
    }
}
