import Foundation
import Logging
import OtklikCore

/// The store's active structure model: trained on its structured history when first needed and again once
/// enough new appeals have a topic. Each training is recorded (`structure_models`) under the version every
/// suggestion carries. Held by `AppealStore`, so every intake path consults the same model.
actor StructureModels {
    private var settings = StructureSettings()
    private var logger = Logger(label: "otklik.model")
    private var model: StructureModel?
    private var training: Task<Void, Never>?
    /// Structured appeals when the active model was trained.
    private var trainedOn = 0

    func configure(_ settings: StructureSettings, logger: Logger) {
        self.settings = settings
        self.logger = logger
    }

    var current: (model: StructureModel?, settings: StructureSettings) { (model, settings) }

    /// The active model; when there is none yet, starts training and waits up to `patience` for it.
    func current(_ store: AppealStore, patience: Duration) async -> StructureModel? {
        if model == nil { startTraining(store) }
        let deadline = ContinuousClock.now + patience
        while model == nil, training != nil, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        return model
    }

    /// Trains again when `settings.retrainAfter` more appeals have a topic than when the active model was trained.
    func retrainIfDue(_ store: AppealStore) async {
        guard training == nil else { return }
        let count = (try? await store.structuredCount()) ?? 0
        guard model == nil || count - trainedOn >= settings.retrainAfter else { return }
        startTraining(store)
        await training?.value
    }

    private func startTraining(_ store: AppealStore) {
        guard training == nil else { return }
        training = Task { await train(store) }
    }

    private func train(_ store: AppealStore) async {
        defer { training = nil }
        do {
            let count = try await store.structuredCount()
            let history = try await store.structureExamples(limit: settings.examples)
            let rubricator = try await store.references().rubricator
            var training = TextClassifierTraining()
            training.bits = settings.featureBits
            let started = ContinuousClock.now
            // The fitting is seconds of arithmetic: off this actor, so intake and lookups keep the old model meanwhile.
            let trained = await Task.detached(priority: .utility) { StructureModel.train(history, rubricator: rubricator, at: Date(), training: training) }.value
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
            logger.warning("structure model not trained: \(error)")
        }
    }
}
