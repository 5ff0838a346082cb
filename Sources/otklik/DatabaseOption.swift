import ArgumentParser
import Logging
import OtklikServer
import OtklikStore

/// `--database URL`, defaulting to `OTKLIK_DATABASE_URL`.
struct DatabaseOption: ParsableArguments {
    @Option(name: .long, help: "sqlite:путь/к/файлу.sqlite или postgres://user:pass@host:port/db (по умолчанию OTKLIK_DATABASE_URL)")
    var database: String?

    func open(
        _ configuration: ServerConfiguration, migrating: Bool = true, logger: Logger = Logger(label: "otklik")
    ) async throws -> AppealStore {
        let text = database ?? configuration.databaseURL
        let url: DatabaseURL
        do {
            url = try DatabaseURL(text)
        } catch {
            throw ValidationError("Неверный адрес базы данных «\(text)»: ожидается sqlite:путь или postgres://…")
        }
        return try await AppealStore.open(
            url, timeZone: configuration.timeZone, numberPrefix: configuration.numberPrefix, terms: try configuration.termPolicy(),
            migrating: migrating, logger: logger
        )
    }
}
