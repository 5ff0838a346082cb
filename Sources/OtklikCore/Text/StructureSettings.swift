/// How the structure model learns and when it structures an appeal by itself.
public struct StructureSettings: Sendable, Equatable {
    /// The model learns from at most this many latest structured appeals.
    public var examples = 50_000
    /// It is trained again once this many more appeals have a topic.
    public var retrainAfter = 500
    /// At intake, an appeal without a topic gets the model's top topic when the model is at least this sure;
    /// nil: never by itself.
    public var autoStructureConfidence: Double? = 0.95
    /// …and only a model that learned from at least this many structured appeals does so (a model of
    /// keywords alone is not calibrated enough to act by itself).
    public var autoStructureMinimumExamples = 1_000
    /// At intake, a new appeal is sent to the model's top body when the model is at least this sure (issue 5:
    /// «above a configurable confidence the appeal is structured automatically»); nil: a person always does.
    public var autoRouteConfidence: Double? = 0.95
    /// Hashed feature buckets, 2^bits: 17 for a deployment (as accurate as 18 on «Наш Санкт-Петербург», with
    /// half the weights to read); fewer train faster where accuracy matters less (tests).
    public var featureBits = 17

    public init() {}

    /// The topic the model sets by itself, if any.
    public func automaticTopic(_ suggestion: StructureSuggestion, of model: StructureModel) -> String? {
        guard let threshold = autoStructureConfidence, model.examples >= autoStructureMinimumExamples else { return nil }
        return suggestion.confidentTopic(atLeast: threshold)
    }

    /// The body the model sends a new appeal to by itself, if any; the same minimum of examples applies.
    public func automaticBody(_ suggestion: StructureSuggestion, of model: StructureModel) -> String? {
        guard let threshold = autoRouteConfidence, model.examples >= autoStructureMinimumExamples else { return nil }
        return suggestion.confidentBody(atLeast: threshold)
    }
}
