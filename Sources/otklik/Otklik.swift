import ArgumentParser

/// The `otklik` command: serve, migrate, demo, user, audit, calendar, terms, text, analytics, export, import, places.
@main
struct Otklik: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "otklik",
        abstract: "Отклик — платформа центра управления регионом: обращения и сообщения граждан.",
        subcommands: [
            Serve.self, Migrate.self, Demo.self, UserCommand.self, Audit.self, CalendarCommand.self, TermsCommand.self, TextCommand.self,
            AnalyticsCommand.self, ExportCommand.self, ImportCommand.self, PlacesCommand.self,
        ]
    )
}
