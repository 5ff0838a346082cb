import ArgumentParser
import Foundation
import OtklikCore

/// `otklik-bench canonical`: the time to encode one new item's canonical document, by Foundation's `JSONEncoder`
/// and by `CanonicalJSON`, over the demo generator's items as intake sees them (with a model's suggestion).
struct CanonicalBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "canonical", abstract: "Measure encoding new items' canonical JSON: Foundation's encoder beside CanonicalJSON."
    )

    @Option(help: "Items to encode each round") var appeals = 5_000
    @Option(help: "Rounds of each encoder, taken in turn") var rounds = 5

    func validate() throws {
        guard appeals > 0, rounds > 0 else { throw ValidationError("--appeals and --rounds must be positive") }
    }

    func run() throws {
        var generator = DemoGenerator(seed: 3, now: Date())
        let items = generator.generate(count: appeals).enumerated().map { index, item in
            var appeal = Appeal(
                id: UUID().uuidString.lowercased(), number: "ЦУР-2026-\(index)", draft: item.draft,
                receivedAt: item.draft.receivedAt ?? Date(), now: Date()
            )
            let topics = ["roads.repair", "zhkh.heating", "water.supply"].enumerated().map { rank, id in
                StructureSuggestion.Choice(id: id, probability: 0.9 / pow(10, Double(rank)) + Double(index % 97) * 1e-6, words: [])
            }
            appeal.suggestion = StructureSuggestion(modelVersion: "m-bench", topics: topics, bodies: [])
            return appeal
        }
        for appeal in items where try CanonicalJSON.encode(appeal) != JSONCoding.encoder().encode(appeal) {
            throw ValidationError("CanonicalJSON differs from JSONEncoder for item \(appeal.number)")
        }
        let encoder = JSONCoding.encoder()
        var foundation: [Duration] = []
        var canonical: [Duration] = []
        var bytes = 0
        let clock = ContinuousClock()
        for _ in 0..<rounds {
            foundation.append(try clock.measure { for appeal in items { bytes &+= try encoder.encode(appeal).count } })
            canonical.append(try clock.measure { for appeal in items { bytes &+= try CanonicalJSON.encode(appeal).count } })
        }
        let perItem = { (durations: [Duration]) -> Double in
            let best = durations.min() ?? .zero
            return (Double(best.components.seconds) * 1e6 + Double(best.components.attoseconds) / 1e12) / Double(items.count)
        }
        print("Canonical JSON of \(items.count) new items (\(bytes / (2 * rounds * items.count)) bytes each), best of \(rounds) rounds:")
        print(String(format: "  JSONEncoder (sorted keys)  %.1f µs an item", perItem(foundation)))
        print(String(format: "  CanonicalJSON              %.1f µs an item (%.1f× faster), the same bytes", perItem(canonical), perItem(foundation) / perItem(canonical)))
    }
}
