import ArgumentParser
import Foundation
import OtklikServer
import OtklikStore

/// `otklik places import`: the populated places of the directory's municipalities from the ОКТМО lists, so that
/// an address «ст-ца Калининская» finds its district (issue 5).
struct PlacesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "places", abstract: "Населённые пункты муниципальных образований: по ним определяется муниципалитет адреса.",
        subcommands: [Import.self]
    )

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Загрузить населённые пункты из ОКТМО: перечня муниципальных образований («код;контрольное число;название;центр») и перечня населённых пунктов («код;контрольное число;название»)."
        )
        @Option(help: "Перечень муниципальных образований ОКТМО (например, tom3_oktmo_1.csv)") var formations: String
        @Option(help: "Перечень населённых пунктов ОКТМО (например, tom3_oktmo_2.csv)") var settlements: String
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let store = try await database.open(ServerConfiguration())
            let loaded: String
            do {
                loaded = try await PlacesCommand.load(formations: formations, settlements: settlements, into: store)
            } catch {
                try await store.close()
                throw error
            }
            try await store.close()
            Console.line(loaded)
        }
    }

    /// Reads both lists and replaces the places of the directory's municipalities; returns what was loaded, in words.
    static func load(formations: String, settlements: String, into store: AppealStore) async throws -> String {
        func read(_ path: String) throws -> String {
            do {
                return try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw ValidationError("Не удалось прочитать файл «\(path)» (ожидается текст UTF-8)")
            }
        }
        do {
            return try await store.importPlaces(formations: try read(formations), settlements: try read(settlements)) + "."
        } catch StoreError.invalid(let errors) {
            throw ValidationError(errors.map(\.message).joined(separator: "; "))
        }
    }
}
