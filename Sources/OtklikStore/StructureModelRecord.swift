import Foundation

/// The record of one trained structure model: its version, when, on how much, and how long it took.
public struct StructureModelRecord: Sendable, Equatable, Codable {
    public var version: String
    public var trainedAt: Date
    public var examples: Int
    public var topicClasses: Int
    public var bodyClasses: Int
    public var trainingMilliseconds: Int

    public init(version: String, trainedAt: Date, examples: Int, topicClasses: Int, bodyClasses: Int, trainingMilliseconds: Int) {
        self.version = version
        self.trainedAt = trainedAt
        self.examples = examples
        self.topicClasses = topicClasses
        self.bodyClasses = bodyClasses
        self.trainingMilliseconds = trainingMilliseconds
    }
}
