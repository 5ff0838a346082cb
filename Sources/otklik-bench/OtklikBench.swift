import ArgumentParser

/// `otklik-bench`: load generators that measure a running Otklik server from outside, over HTTP.
@main
struct OtklikBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "otklik-bench",
        abstract: "Benchmarks: intake, the canonical document, the public form and the inbox against a running server; the text classifier on real appeals; slices on a filled database.",
        subcommands: [IntakeBenchmark.self, CanonicalBenchmark.self, PublicBenchmark.self, InboxBenchmark.self, TextBenchmark.self, SimilarBenchmark.self, AnalyticsBenchmark.self]
    )
}
