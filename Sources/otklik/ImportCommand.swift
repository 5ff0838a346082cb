import ArgumentParser
import Foundation
import OtklikCore
import OtklikServer
import OtklikStore

/// `otklik import FILE`: items of a history file (`HistoryImporter`) with progress, as a user who takes items
/// in; `--dry-run` reports every bad row and writes nothing. Running the same file again adds only what is
/// not there yet, so an interrupted import is resumed by running it again.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Загрузка истории обращений из CSV (UTF-8 или Windows-1251; разделитель «;», «,» или табуляция).",
        discussion: """
            Столбцы узнаются по привычным названиям («Текст», «Дата поступления», «Адрес», «Тематика», «Муниципальное образование», \
            «Номер»…); другой столбец для поля задаётся так: --map text="Текст обращения". Поля: \
            \(ImportField.allCases.map(\.rawValue).joined(separator: ", ")).
            """
    )

    @Argument(help: "Файл CSV") var file: String
    @Flag(help: "Только проверить: показать каждую строку с ошибкой, ничего не записывать") var dryRun = false
    @Option(help: "Вид по умолчанию: appeal, message или publication") var kind: String = AppealKind.appeal.rawValue
    @Option(help: "Канал по умолчанию (letter, phone, email, pos, …)") var channel: String = Channel.letter.rawValue
    @Option(help: "Столбец для поля: поле=Название столбца (можно несколько раз)") var map: [String] = []
    @Option(help: "Логин пользователя, от имени которого загружаются обращения") var login: String = "operator"
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        guard let kind = AppealKind(rawValue: kind) else { throw ValidationError("Вид «\(kind)»: ожидается appeal, message или publication") }
        guard let channel = Channel(rawValue: channel) else {
            throw ValidationError("Канал «\(channel)»: ожидается один из \(Channel.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let mapping: [ImportField: String]
        do {
            mapping = try ImportMapping.given(map)
        } catch {
            throw ValidationError("--map " + error.errors.map(\.message).joined(separator: "\n--map "))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw ValidationError("Файл «\(file)» не читается: \(error.localizedDescription)")
        }
        let configuration = ServerConfiguration()
        let store = try await database.open(configuration)
        guard let user = try await store.credentials(login: login)?.user, user.role.takesIn else {
            try await store.close()
            throw ValidationError("Нет пользователя «\(login)», который регистрирует обращения (--login)")
        }
        let started = Date()
        let report: ImportReport
        do {
            report = try await HistoryImporter(store: store, timeZone: configuration.timeZone).run(
                data, options: .init(kind: kind, channel: channel, mapping: mapping, dryRun: dryRun), by: user
            ) { done, total in Console.line("обработано строк: \(done) из \(total)") }
        } catch let failure as ValidationFailure {
            try await store.close()
            throw ValidationError(failure.errors.map { "\($0.field): \($0.message)" }.joined(separator: "\n"))
        }
        try await store.close()
        for problem in report.problems {
            Console.line("строка \(problem.line): " + problem.errors.map { "«\($0.field)» — \($0.message)" }.joined(separator: "; "))
        }
        if !report.unusedColumns.isEmpty { Console.line("Не использованы столбцы: \(report.unusedColumns.joined(separator: ", "))") }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        if dryRun {
            Console.line("Проверка: строк \(report.rows), без ошибок \(report.valid), с ошибками \(report.problems.count); ничего не записано (\(seconds) с)")
        } else {
            Console.line(
                "Загружено: строк \(report.rows), новых обращений \(report.created), уже было \(report.existing), с ошибками \(report.problems.count) (\(seconds) с)"
            )
        }
        if !report.problems.isEmpty { throw ExitCode(2) }
    }
}
