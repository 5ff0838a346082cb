import ArgumentParser
import Foundation
import NIOCore
import OtklikCore

/// `otklik-bench intake`: appeals per second through `POST /api/v1/appeals` and `/appeals/batch`,
/// with p50/p99 latency. Every acknowledged appeal is committed durably by the server before its answer.
struct IntakeBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake", abstract: "Measure intake throughput and latency of a running server."
    )

    @Option(help: "Server address") var url = "http://127.0.0.1:8080"
    @Option(help: "Login of a user who takes in appeals") var login = "operator"
    @Option(help: "Password of that user") var password = "otklik-operator"
    @Option(help: "Single POSTs to send") var requests = 20_000
    @Option(help: "Connections sending single POSTs at once") var concurrency = 64
    @Option(help: "Batches to send") var batches = 40
    @Option(help: "Appeals per batch (at most 1000)") var batchSize = 1_000
    @Option(help: "Connections sending batches at once") var batchConcurrency = 4
    @Option(help: "Seed of the generated appeals") var seed: UInt64 = 7
    @Flag(help: "Send appeals received over the last 120 days (an archive brought in) instead of received now")
    var backdated = false

    func validate() throws {
        guard requests >= 0, batches >= 0, concurrency > 0, batchConcurrency > 0 else {
            throw ValidationError("counts must not be negative, concurrency must be positive")
        }
        guard (1...IntakeLimits.maxBatchSize).contains(batchSize) else {
            throw ValidationError("--batch-size must be within 1...\(IntakeLimits.maxBatchSize)")
        }
    }

    func run() async throws {
        guard let address = URL(string: url), let host = address.host else { throw ValidationError("bad --url \(url)") }
        let client = try await BenchClient.login(host: host, port: address.port ?? 80, login: login, password: password)
        let run = String(UInt64(Date().timeIntervalSince1970 * 1000), radix: 36)
        var drafts = BenchDrafts(run: run, seed: seed, backdated: backdated)
        print("Otklik intake benchmark against \(url), run \(run), appeals received \(backdated ? "over the last 120 days" : "now")")

        if requests > 0 {
            let bodies = try drafts.singles(requests)
            let result = try await measure(client, path: "/api/v1/appeals", bodies: bodies, connections: concurrency, appealsPerBody: 1)
            print("single POST: \(requests) appeals over \(concurrency) connections: \(result.rateLine)")
            print("  latency \(result.latency.line); \(result.failureLine)")
        }
        if batches > 0 {
            let bodies = try drafts.batches(batches, size: batchSize)
            let result = try await measure(
                client, path: "/api/v1/appeals/batch", bodies: bodies, connections: batchConcurrency, appealsPerBody: batchSize
            )
            print("batch POST: \(batches) × \(batchSize) appeals over \(batchConcurrency) connections: \(result.rateLine)")
            print("  latency per batch \(result.latency.line); \(result.failureLine)")
        }
    }

    struct Result {
        var appeals: Int
        var elapsed: Duration
        var latency: LatencySummary
        var failures: [UInt16: Int]
        /// The server's CPU seconds over the run, when it gives them.
        var serverCPU: Double?

        var rateLine: String {
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let rate = String(format: "%.0f appeals/s (%.2f s)", Double(appeals) / seconds, seconds)
            guard let serverCPU, appeals > 0 else { return rate }
            return rate + String(format: "; server CPU %.1f s, %.0f µs an appeal", serverCPU, serverCPU * 1e6 / Double(appeals))
        }

        var failureLine: String {
            failures.isEmpty ? "all acknowledged" : "FAILED: " + failures.sorted { $0.key < $1.key }.map { "\($1) × HTTP \($0)" }.joined(separator: ", ")
        }
    }

    /// Sends every body once, spread over `connections` keep-alive connections; counts only acknowledged appeals.
    func measure(_ client: BenchClient, path: String, bodies: [ByteBuffer], connections: Int, appealsPerBody: Int) async throws -> Result {
        let cpuBefore = try await client.serverCPUSeconds()
        let sent = try await client.sendAll(path, bodies: bodies, headers: client.jsonHeaders, connections: connections)
        let cpuAfter = try await client.serverCPUSeconds()
        return Result(
            appeals: sent.latencies.count * appealsPerBody, elapsed: sent.elapsed, latency: LatencySummary(sent.latencies), failures: sent.failures,
            serverCPU: cpuBefore.flatMap { before in cpuAfter.map { $0 - before } }
        )
    }
}
