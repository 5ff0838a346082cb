import ArgumentParser
import Foundation
import OtklikCore
import OtklikServer
import OtklikStore

/// `otklik calendar …`: the production calendar as the server applies it (the shipped years and those
/// loaded into the database), to check against the decree, and loading next year's.
struct CalendarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "Производственный календарь: рабочий ли день, отсчёт срока, загрузка года.",
        subcommands: [IsWorking.self, AddWorkingDays.self, AddDays.self, Import.self]
    )

    struct IsWorking: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "is-working", abstract: "Рабочий ли день: true или false.")
        @Argument(help: "Дата ГГГГ-ММ-ДД", transform: CalendarCommand.date) var date: LocalDate
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let calendar = try await CalendarCommand.terms(database).calendar
            Console.line(String(try CalendarCommand.answer { () throws(CalendarError) in try calendar.isWorkingDay(date) }))
        }
    }

    struct AddWorkingDays: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-working-days", abstract: "Дата через N рабочих дней (сам день не считается)."
        )
        @Argument(help: "Дата ГГГГ-ММ-ДД", transform: CalendarCommand.date) var date: LocalDate
        @Argument(help: "Число рабочих дней") var days: Int
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let calendar = try await CalendarCommand.terms(database).calendar
            Console.line(try CalendarCommand.answer { () throws(CalendarError) in try calendar.addingWorkingDays(days, to: date) }.iso)
        }
    }

    struct AddDays: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-days",
            abstract: "Дата через N календарных дней; если она нерабочая — перенос по OTKLIK_TERM_SHIFT (по умолчанию на предыдущий рабочий день)."
        )
        @Argument(help: "Дата ГГГГ-ММ-ДД", transform: CalendarCommand.date) var date: LocalDate
        @Argument(help: "Число календарных дней") var days: Int
        @Option(help: "Перенос с нерабочего дня: previous или next (по умолчанию OTKLIK_TERM_SHIFT)") var shift: TermShift?
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let terms = try await CalendarCommand.terms(database)
            let shift = shift ?? terms.shift
            let result = try CalendarCommand.answer { () throws(CalendarError) in
                try terms.calendar.addingCalendarDays(days, to: date, shift: shift)
            }
            Console.line(result.iso)
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Загрузить годы производственного календаря из файла (строка «ГГГГ | постановление», затем «ММ-ДД вид, …»)."
        )
        @Argument(help: "Файл с календарём") var file: String
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw ValidationError("Не удалось прочитать файл «\(file)»")
            }
            let store = try await database.open(ServerConfiguration())
            let administrator = User(id: "cli", login: "cli", name: "Командная строка", role: .admin)
            do {
                let years = try await store.loadCalendar(text: text, by: administrator)
                try await store.close()
                Console.line("Загружены годы: \(years.map(String.init).joined(separator: ", ")).")
            } catch StoreError.invalid(let errors) {
                try await store.close()
                throw ValidationError(errors.map(\.message).joined(separator: "; "))
            }
        }
    }

    /// The term policy as a server on this database would apply it.
    static func terms(_ database: DatabaseOption) async throws -> TermPolicy {
        let store = try await database.open(ServerConfiguration())
        let terms = store.terms
        try await store.close()
        return terms
    }

    static func date(_ text: String) throws -> LocalDate {
        guard let date = LocalDate(iso: text) else { throw ValidationError("Ожидается дата в формате ГГГГ-ММ-ДД, получено «\(text)»") }
        return date
    }

    static func answer<T>(_ body: () throws(CalendarError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw ValidationError(error.description)
        }
    }
}

extension TermShift: ExpressibleByArgument {}
