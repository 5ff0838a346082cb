import Foundation
import Logging
import OtklikCore
import SQLKit

extension AppealStore {
    public func configureStructureModel(_ settings: StructureSettings, logger: Logger = Logger(label: "otklik.model")) async {
        await structure.configure(settings, logger: logger)
    }

    /// The active structure model; with none yet, starts training and waits up to `patience` for it.
    public func structureModel(patience: Duration = .seconds(2)) async -> StructureModel? {
        await structure.current(self, patience: patience)
    }

    /// Trains the model again when enough new appeals have a topic (or when there is none yet).
    public func retrainStructureModelIfDue() async {
        await structure.retrainIfDue(self)
    }

    /// How many appeals have a topic: the labels a structure model can learn from.
    public func structuredCount() async throws -> Int {
        try await backend.read { db in
            Int(try await db.raw("SELECT COUNT(*) AS n FROM appeals WHERE topic_id IS NOT NULL").first()?.decode(column: "n", as: Int64.self) ?? 0)
        }
    }

    /// The latest `limit` appeals a person structured, as training examples, newest first (the model's own
    /// automatic topics and bodies are not labels to learn from).
    public func structureExamples(limit: Int) async throws -> [StructureExample] {
        try await backend.read { db in
            try await db.raw("SELECT doc FROM appeals WHERE topic_id IS NOT NULL ORDER BY received_at DESC, id DESC LIMIT \(bind: limit)").all().compactMap {
                let appeal = try AppealRows.decode($0)
                guard appeal.structuredBy == nil else { return nil }
                return StructureExample(text: appeal.text, topicId: appeal.topicId, bodyId: appeal.routedBy == nil ? appeal.bodyId : nil)
            }
        }
    }

    public func record(model: StructureModelRecord) async throws {
        try await backend.write { db in
            try await db.raw(
                """
                INSERT INTO structure_models (version, trained_at, examples, topic_classes, body_classes, training_ms)
                VALUES (\(bind: model.version), \(bind: Timestamp.millis(model.trainedAt)), \(bind: Int64(model.examples)),
                  \(bind: Int64(model.topicClasses)), \(bind: Int64(model.bodyClasses)), \(bind: Int64(model.trainingMilliseconds)))
                ON CONFLICT (version) DO NOTHING
                """
            ).run()
        }
    }

    /// The models trained, newest first.
    public func structureModels(limit: Int = 20) async throws -> [StructureModelRecord] {
        try await backend.read { db in
            try await db.raw("SELECT * FROM structure_models ORDER BY trained_at DESC LIMIT \(bind: limit)").all().map { row in
                StructureModelRecord(
                    version: try row.decode(column: "version", as: String.self),
                    trainedAt: Timestamp.date(millis: try row.decode(column: "trained_at", as: Int64.self)),
                    examples: Int(try row.decode(column: "examples", as: Int64.self)),
                    topicClasses: Int(try row.decode(column: "topic_classes", as: Int64.self)),
                    bodyClasses: Int(try row.decode(column: "body_classes", as: Int64.self)),
                    trainingMilliseconds: Int(try row.decode(column: "training_ms", as: Int64.self))
                )
            }
        }
    }
}
