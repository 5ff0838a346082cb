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
    /// The quality score of answers (`SliceMeasure.qualityScore`: graded on the merits by the centre, the
    /// citizen satisfied, not reopened).
    public var quality: Double
    /// Not overdue, of all items received (discipline).
    public var notOverdue: Double
    /// Not sent on to another body, of all items received (routed right the first time).
    public var notRedirected: Double

    public static let standard = RatingWeights(onTime: 0.3, speed: 0.15, quality: 0.3, notOverdue: 0.15, notRedirected: 0.1)

    public init(onTime: Double, speed: Double, quality: Double, notOverdue: Double, notRedirected: Double) {
        self.onTime = onTime
        self.speed = speed
        self.quality = quality
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
            case "quality": weights.quality = value
            case "notOverdue": weights.notOverdue = value
            case "notRedirected": weights.notRedirected = value
            default: return nil
            }
        }
        guard weights.total > 0 else { return nil }
        self = weights
    }

    public var total: Double { onTime + speed + quality + notOverdue + notRedirected }
}
