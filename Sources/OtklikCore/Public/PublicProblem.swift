import Foundation

/// One item of the public list and map of problems (`PublicListing` decides which): what and where, where
/// it stands and what was done, without anything that names a person.
public struct PublicProblem: Codable, Sendable, Equatable {
    public var number: String
    public var topic: String?
    public var municipality: String?
    public var stage: PublicStage
    public var stageTitle: String
    public var receivedAt: Date
    public var text: String
    /// Rounded to about a hundred metres.
    public var point: GeoPoint?
    /// What was done: the approved answer, redacted and cut.
    public var answer: String?

    public init(_ appeal: Appeal, topic: String?, municipality: String?, flagger: TextFlagger) {
        let view = PublicAppeal(appeal, topic: topic, municipality: municipality)
        number = appeal.number
        self.topic = topic
        self.municipality = municipality
        stage = view.stage
        stageTitle = view.stageTitle
        receivedAt = appeal.receivedAt
        text = PublicListing.shown(view.text, flagger: flagger)
        point = appeal.point.map(PublicListing.coarse)
        answer = view.answer.map(PublicListing.excerpt)
    }
}
