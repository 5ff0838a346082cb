import Foundation
import NIOCore
import OtklikCore

/// Request bodies for the benchmark, encoded before the clock starts: believable appeals from the
/// demo generator, each with an external id unique to this run so none is taken for a repeat.
struct BenchDrafts {
    let run: String
    /// Whether the drafts keep the generator's receipt times, spread over its last 120 days (an archive
    /// brought in), or have none, so the server takes each as received when it arrives (live intake).
    let backdated: Bool
    private var generator: DemoGenerator
    private var sequence = 0
    private let encoder = JSONCoding.encoder()

    init(run: String, seed: UInt64, backdated: Bool = false) {
        self.run = run
        self.backdated = backdated
        generator = DemoGenerator(seed: seed, now: Date())
    }

    private mutating func next(_ count: Int) -> [AppealDraft] {
        generator.generate(count: count).map { demo in
            var draft = demo.draft
            sequence += 1
            draft.externalId = "bench-\(run)-\(sequence)"
            if !backdated { draft.receivedAt = nil }
            return draft
        }
    }

    /// Texts of believable appeals, as residents would type them into the public form.
    mutating func texts(_ count: Int) -> [String] {
        next(count).map(\.text)
    }

    mutating func singles(_ count: Int) throws -> [ByteBuffer] {
        try next(count).map { ByteBuffer(bytes: try encoder.encode($0)) }
    }

    mutating func batches(_ count: Int, size: Int) throws -> [ByteBuffer] {
        try (0..<count).map { _ in ByteBuffer(bytes: try encoder.encode(["items": next(size)])) }
    }
}
