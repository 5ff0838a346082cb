/// When a topic block's volume in a municipality is a spike (issue 6; M14, information risks): the last
/// week's items against the same place's weeks before it, on a robust baseline that one past spike does
/// not move: the median and the median absolute deviation (MAD), scored as the modified z-score of
/// Iglewicz and Hoaglin ("How to Detect and Handle Outliers", ASQC, 1993): z = 0.6745 · (x − median) / MAD,
/// an outlier above 3.5. A week is the 7 days ending on the day looked at, so every weekday weighs the same
/// in each window (appeals are fewer on days off).
public struct SpikeRule: Sendable, Equatable {
    /// Weeks of history the baseline is read from.
    public var historyWeeks: Int
    public var threshold: Double
    /// A week with fewer items is never a spike: a few complaints after none is noise, not a risk.
    public var minimumCount: Int64
    /// The least spread: a flat history (MAD 0) would make any rise infinitely unusual.
    public var minimumDeviation: Double

    public static let standard = SpikeRule(historyWeeks: 12, threshold: 3.5, minimumCount: 5, minimumDeviation: 1)

    public init(historyWeeks: Int, threshold: Double, minimumCount: Int64, minimumDeviation: Double) {
        self.historyWeeks = historyWeeks
        self.threshold = threshold
        self.minimumCount = minimumCount
        self.minimumDeviation = minimumDeviation
    }

    /// The modified z-score of `count` against `history`; nil without history.
    public func score(_ count: Int64, history: [Int64]) -> Double? {
        guard let median = Self.median(history.map(Double.init)) else { return nil }
        let deviation = Self.median(history.map { abs(Double($0) - median) }) ?? 0
        return 0.6745 * (Double(count) - median) / max(deviation, minimumDeviation)
    }

    /// The spikes of the week `current` counts, against the weeks of `history` (the oldest first); each
    /// slice is the count by municipality and block. Items not yet placed in a municipality and a block are
    /// no place's growth, so they are left out. The most unusual first.
    public func spikes(current: Slice, history: [Slice]) -> [Spike] {
        let past = history.map { slice in
            Dictionary(slice.groups.map { (Self.place($0), Int64(($0.value ?? 0).rounded())) }, uniquingKeysWith: +)
        }
        var found: [Spike] = []
        for group in current.groups {
            let count = Int64((group.value ?? 0).rounded())
            guard count >= minimumCount, !group.row.isEmpty, let column = group.column, !column.isEmpty else { continue }
            let weeks = past.map { $0[Self.place(group)] ?? 0 }
            guard let score = score(count, history: weeks), score > threshold else { continue }
            found.append(
                Spike(
                    municipalityId: group.row, blockId: column, count: count, baseline: Self.median(weeks.map(Double.init)) ?? 0,
                    score: score, history: weeks
                )
            )
        }
        return found.sorted { ($0.score, $1.municipalityId, $1.blockId) > ($1.score, $0.municipalityId, $0.blockId) }
    }

    static func place(_ group: Slice.Group) -> String { group.row + "\u{1F}" + (group.column ?? "") }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
