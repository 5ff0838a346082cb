import Foundation

/// Регламент МЦУ § 5.2: «на основании данных о количестве новых, повторных, просроченных и отложенных
/// обращений и сообщений за период времени выделяются основные проблемные сферы и отрасли».
/// `new` — received in the period; `repeated` — of those, marked as a repeat; `overdue` — whose term
/// ended in the period without an answer by then; `postponed` — postponed in the period.
public struct FlowCounts: Codable, Sendable, Equatable {
    public var new = 0
    public var repeated = 0
    public var overdue = 0
    public var postponed = 0

    public init() {}

    /// Counts per group key (nil where the item has none yet) from the three sets a period gives:
    /// items received in it, items whose term ended in it, items postponed in it.
    public static func tally(
        received: [Appeal], due: [Appeal], postponed: [Appeal], now: Date, key: (Appeal) -> String?
    ) -> [String?: FlowCounts] {
        var counts: [String?: FlowCounts] = [:]
        for appeal in received {
            counts[key(appeal), default: FlowCounts()].new += 1
            if appeal.repeatOf != nil { counts[key(appeal), default: FlowCounts()].repeated += 1 }
        }
        for appeal in due where TermState.missed(appeal, at: now) { counts[key(appeal), default: FlowCounts()].overdue += 1 }
        for appeal in postponed { counts[key(appeal), default: FlowCounts()].postponed += 1 }
        return counts
    }
}
