import ArgumentParser

/// `otklik-bench`: load generators that measure a running Otklik server from outside, over HTTP.
@main
struct OtklikBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "otklik-bench",
        abstract: "Benchmarks against a running Otklik server: intake, inbox.",
        subcommands: [IntakeBenchmark.self, InboxBenchmark.self]
    )
}
