import Foundation
import Logging
import OtklikCore
import OtklikStore

/// This server process's active structure model: trained on the store's structured history when first
/// needed, and again by `ModelTrainer` once enough new appeals have a topic. Each training is recorded
/// (`structure_models`) under the version every suggestion carries.
actor StructureSuggester {
    private let store: AppealStore
    private let examples: Int
    private let logger: Logger
    private var model: StructureModel?
    private var training: Task<Void, Never>?
    /// Structured appeals when the active model was trained.
    private var trainedOn = 0

    init(store: AppealStore, examples: Int, logger: Logger) {
        self.store = store
        self.examples = examples
        self.logger = logger
    }

    /// The active model; when there is none yet, starts training and waits up to `patience` for it.
    func current(patience: Duration = .seconds(2)) async -> StructureModel? {
        if model == nil { startTraining() }
        let deadline = ContinuousClock.now + patience
        while model == nil, training != nil, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        return model
    }

    /// Trains again when `newLabels` more appeals have a topic than when the active model was trained.
    func retrainIfDue(newLabels: Int) async {
        guard training == nil else { return }
        let count = (try? await store.structuredCount()) ?? 0
        guard model == nil || count - trainedOn >= newLabels else { return }
        startTraining()
        await training?.value
    }

    private func startTraining() {
        guard training == nil else { return }
        training = Task { await train() }
    }

    private func train() async {
        defer { training = nil }
        do {
            let count = try await store.structuredCount()
            let history = try await store.structureExamples(limit: examples)
            let rubricator = try await store.references().rubricator
            let started = ContinuousClock.now
            // The fitting is seconds of arithmetic: off this actor, so lookups keep the old model meanwhile.
            let trained = await Task.detached(priority: .utility) { StructureModel.train(history, rubricator: rubricator, at: Date()) }.value
            let took = ContinuousClock.now - started
            let milliseconds = Int(took.components.seconds * 1000 + took.components.attoseconds / 1_000_000_000_000_000)
            try await store.record(
                model: StructureModelRecord(
                    version: trained.version, trainedAt: trained.trainedAt, examples: trained.examples, topicClasses: trained.topicClasses,
                    bodyClasses: trained.bodyClasses, trainingMilliseconds: milliseconds
                )
            )
            model = trained
            trainedOn = count
            logger.info("structure model trained", metadata: ["version": "\(trained.version)", "examples": "\(trained.examples)", "ms": "\(milliseconds)"])
        } catch {
            logger.error("structure model training failed: \(error)")
        }
    }
}
