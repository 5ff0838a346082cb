import Foundation

/// What the structure model suggests for an appeal: the three likeliest topics and bodies with calibrated
/// probabilities and the words that drove each, and the version of the model that said so.
public struct StructureSuggestion: Codable, Sendable, Equatable {
    public struct Choice: Codable, Sendable, Equatable {
        public var id: String
        public var probability: Double
        /// The words of the text that weigh most for this choice.
        public var words: [String]

        public init(id: String, probability: Double, words: [String]) {
            self.id = id
            self.probability = probability
            self.words = words
        }
    }

    public var modelVersion: String
    public var topics: [Choice]
    public var bodies: [Choice]

    public init(modelVersion: String, topics: [Choice], bodies: [Choice]) {
        self.modelVersion = modelVersion
        self.topics = topics
        self.bodies = bodies
    }

    /// The top topic when the model is at least this sure of it: the one rule of automatic structuring.
    public func confidentTopic(atLeast threshold: Double) -> String? { Self.confident(topics, atLeast: threshold) }

    /// The top body when the model is at least this sure of it, by the same rule (automatic routing).
    public func confidentBody(atLeast threshold: Double) -> String? { Self.confident(bodies, atLeast: threshold) }

    private static func confident(_ choices: [Choice], atLeast threshold: Double) -> String? {
        guard let top = choices.first, top.probability >= threshold else { return nil }
        return top.id
    }
}
