import ArgumentParser
import OtklikServer

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Применить миграции схемы базы данных.")

    @OptionGroup var database: DatabaseOption

    func run() async throws {
        let store = try await database.open(ServerConfiguration(), migrating: false)
        let applied = try await store.migrate()
        Console.line(applied.isEmpty ? "Схема актуальна." : "Применены миграции: \(applied.joined(separator: ", "))")
        try await store.close()
    }
}
