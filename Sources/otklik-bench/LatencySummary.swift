/// Percentiles of a set of request latencies, in milliseconds.
struct LatencySummary {
    let sortedMillis: [Double]

    init(_ durations: [Duration]) {
        sortedMillis = durations.map { Double($0.components.seconds) * 1000 + Double($0.components.attoseconds) / 1e15 }.sorted()
    }

    /// Nearest-rank percentile.
    func percentile(_ p: Double) -> Double {
        guard !sortedMillis.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(sortedMillis.count)).rounded(.up))
        return sortedMillis[min(max(rank, 1), sortedMillis.count) - 1]
    }

    var line: String {
        "p50 \(format(percentile(50))) ms, p99 \(format(percentile(99))) ms, max \(format(sortedMillis.last ?? 0)) ms"
    }

    /// The same in microseconds, for work far under a millisecond.
    var microsecondsLine: String {
        let micros = { (millis: Double) in String(format: "%.1f", millis * 1000) }
        return "p50 \(micros(percentile(50))) µs, p99 \(micros(percentile(99))) µs, max \(micros(sortedMillis.last ?? 0)) µs"
    }

    private func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
