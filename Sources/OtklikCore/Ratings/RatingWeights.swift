import Foundation

/// How much each part weighs in a body's composite score (issue 7; seeds 000 §4.3, 003 §8, 004 §4.3б: a
/// rating «по количеству, своевременности, скорости, полноте и качеству»). The decrees name the parts,
/// not the weights: these defaults are the centre's choice, configurable (`OTKLIK_RATING_WEIGHTS`), and the
/// page says so.
public struct RatingWeights: Sendable, Equatable, Codable {
    /// Answers given in term, of all answers (timeliness).
    public var onTime: Double
    /// How fast the median answer comes against the 30-day term of 59-ФЗ ст. 12 ч. 1 (speed).
    public var speed: Double
    /// «Solved», of the citizens' ratings (quality as the citizen sees it).
    public var satisfaction: Double
    /// Not overdue, of all items received (discipline).
    public var notOverdue: Double
    /// Not sent on to another body, of all items received (routed right the first time).
    public var notRedirected: Double

    public static let standard = RatingWeights(onTime: 0.35, speed: 0.2, satisfaction: 0.25, notOverdue: 0.15, notRedirected: 0.05)

    public init(onTime: Double, speed: Double, satisfaction: Double, notOverdue: Double, notRedirected: Double) {
        self.onTime = onTime
        self.speed = speed
        self.satisfaction = satisfaction
        self.notOverdue = notOverdue
        self.notRedirected = notRedirected
    }

    /// Reads «onTime=0.4,speed=0.2,…»; a part not named keeps its default. Nil for a malformed text or
    /// negative weights or all zero.
    public init?(text: String) {
        var weights = RatingWeights.standard
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let value = Double(parts[1]), value >= 0, value.isFinite else { return nil }
            switch parts[0] {
            case "onTime": weights.onTime = value
            case "speed": weights.speed = value
            case "satisfaction": weights.satisfaction = value
            case "notOverdue": weights.notOverdue = value
            case "notRedirected": weights.notRedirected = value
            default: return nil
            }
        }
        guard weights.total > 0 else { return nil }
        self = weights
    }

    var total: Double { onTime + speed + satisfaction + notOverdue + notRedirected }
}
