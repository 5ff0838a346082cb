import ArgumentParser
import OtklikCore
import OtklikServer

/// `otklik calendar …`: the production calendar as the server applies it, to check against the decree.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "Производственный календарь: рабочий ли день, отсчёт срока.",
        subcommands: [IsWorking.self, AddWorkingDays.self, AddDays.self]
    )

    struct IsWorking: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "is-working", abstract: "Рабочий ли день: true или false.")
        @Argument(help: "Дата ГГГГ-ММ-ДД", transform: CalendarCommand.date) var date: LocalDate

        func run() throws {
            Console.line(String(try CalendarCommand.answer { () throws(CalendarError) in try CalendarCommand.calendar.isWorkingDay(date) }))
        }
    }

    struct AddWorkingDays: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-working-days", abstract: "Дата через N рабочих дней (сам день не считается)."
        )
        @Argument(help: "Дата ГГГГ-ММ-ДД", transform: CalendarCommand.date) var date: LocalDate
        @Argument(help: "Число рабочих дней") var days: Int

        func run() throws {
            let result = try CalendarCommand.answer { () throws(CalendarError) in try CalendarCommand.calendar.addingWorkingDays(days, to: date) }
            Console.line(result.iso)
        }
    }

    struct AddDays: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-days",
            abstract: "Дата через N календарных дней; если она нерабочая — перенос по OTKLIK_TERM_SHIFT (по умолчанию на предыдущий рабочий день)."
        )
        @Argument(help: "Дата ГГГГ-ММ-ДД", transform: CalendarCommand.date) var date: LocalDate
        @Argument(help: "Число календарных дней") var days: Int
        @Option(help: "Перенос с нерабочего дня: previous или next (по умолчанию OTKLIK_TERM_SHIFT)") var shift: TermShift?

        func run() throws {
            let shift = shift ?? ServerConfiguration().termShift
            let result = try CalendarCommand.answer { () throws(CalendarError) in
                try CalendarCommand.calendar.addingCalendarDays(days, to: date, shift: shift)
            }
            Console.line(result.iso)
        }
    }

    static var calendar: WorkingCalendar { ServerConfiguration().workingCalendar }

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
