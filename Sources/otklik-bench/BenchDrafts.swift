import Foundation
import NIOCore
import OtklikCore

/// Request bodies for the benchmark, encoded before the clock starts: believable appeals from the
/// demo generator, each with an external id unique to this run so none is taken for a repeat.
struct BenchDrafts {
    let run: String
    private var generator: DemoGenerator
    private var sequence = 0
    private let encoder = JSONCoding.encoder()

    init(run: String, seed: UInt64) {
        self.run = run
        generator = DemoGenerator(seed: seed, now: Date())
    }

    private mutating func next(_ count: Int) -> [AppealDraft] {
        generator.generate(count: count).map { demo in
            var draft = demo.draft
            sequence += 1
            draft.externalId = "bench-\(run)-\(sequence)"
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
