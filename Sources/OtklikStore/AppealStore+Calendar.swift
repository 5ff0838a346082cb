import Foundation
import OtklikCore
import SQLKit

extension AppealStore {
    /// A year of the production calendar as the store has it: shipped with the program, or loaded.
    public struct CalendarYear: Codable, Sendable, Equatable {
        public var year: Int
        public var source: String
        public var loaded: Bool
    }

    /// Puts the years an administrator loaded in place of the shipped ones.
    func loadCalendarYears() async throws {
        let calendar = try await backend.read { [terms] db in try await Self.calendar(terms.calendar, withYearsIn: db) }
        policy.replace { $0.calendar = calendar }
    }

    /// `base` with the years stored in `db` in place of its own.
    static func calendar(_ base: WorkingCalendar, withYearsIn db: any SQLDatabase) async throws -> WorkingCalendar {
        let texts = try await db.raw("SELECT text FROM calendar_years ORDER BY year").all().map { try $0.decode(column: "text", as: String.self) }
        guard !texts.isEmpty else { return base }
        let loaded = try ProductionCalendarText.parse(texts.joined(separator: "\n"), presidentialDaysOff: base.presidentialDaysOff)
        return base.replacingYears(with: loaded)
    }

    /// Loads years of the production calendar from text in `ProductionCalendarText` form (a new year's
    /// decree, or a correction); they take the place of the shipped years and apply to the next term
    /// computed. Returns the years loaded. Other server processes see them after a restart.
    @discardableResult
    public func loadCalendar(text: String, by user: User, at now: Date = Timestamp.now()) async throws -> [Int] {
        let loaded: WorkingCalendar
        do {
            loaded = try ProductionCalendarText.parse(text, presidentialDaysOff: terms.calendar.presidentialDaysOff)
        } catch {
            throw StoreError.invalid([FieldError(field: "text", message: error.description)])
        }
        let years = loaded.sources.keys.sorted()
        guard !years.isEmpty else { throw StoreError.invalid([FieldError(field: "text", message: "В тексте нет ни одного года")]) }
        // Each year is stored as its own text, so a later load of one year replaces just that year.
        let perYear = years.map { year in (year, Self.text(of: year, in: loaded)) }
        try await backend.write { db in
            for (year, yearText) in perYear {
                try await db.raw("DELETE FROM calendar_years WHERE year = \(bind: year)").run()
                try await db.raw(
                    """
                    INSERT INTO calendar_years (year, text, loaded_at, loaded_by)
                    VALUES (\(bind: year), \(bind: yearText), \(bind: Timestamp.millis(now)), \(bind: user.id))
                    """
                ).run()
            }
        }
        policy.replace { $0.calendar = $0.calendar.replacingYears(with: loaded) }
        return years
    }

    /// The years the calendar covers, with the act each rests on.
    public func calendarYears() async throws -> [CalendarYear] {
        let loadedYears = try await backend.read { db in
            Set(try await db.raw("SELECT year FROM calendar_years").all().map { Int(try $0.decode(column: "year", as: Int64.self)) })
        }
        return terms.calendar.sources.sorted { $0.key < $1.key }.map {
            CalendarYear(year: $0.key, source: $0.value, loaded: loadedYears.contains($0.key))
        }
    }

    /// The year as the calendar in use has it, in `ProductionCalendarText` form: what the administrator edits and loads back.
    public func calendarText(year: Int) -> String? {
        let calendar = terms.calendar
        return calendar.sources[year] == nil ? nil : Self.text(of: year, in: calendar)
    }

    /// One year of a calendar written back in `ProductionCalendarText` form.
    static func text(of year: Int, in calendar: WorkingCalendar) -> String {
        let days = calendar.special.filter { $0.key.year == year }.sorted { $0.key < $1.key }.flatMap { day, kinds in
            kinds.map(\.rawValue).sorted().map { "\(day.iso.dropFirst(5)) \($0)" }
        }
        return "\(year) | \(calendar.sources[year] ?? "")\n" + days.joined(separator: ", ")
    }
}
