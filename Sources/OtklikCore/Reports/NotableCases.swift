import Foundation

/// Picks the week's notable cases for the weekly note (issue 7): items whose text raises an urgent flag (a
/// danger, an accident, a mass event, children — `TextFlagger`), items reopened after an answer, and answers
/// the centre graded as formal or incomplete. The most serious first: by the first reason's rank, then the
/// number of reasons, then the earliest received. Nobody's name or contact is shown: the summary, or the
/// text's beginning, stands for the item.
public enum NotableCases {
    /// How much of the text stands for an item without a summary.
    public static let summaryLength = 160

    public static func pick(_ appeals: [Appeal], flagger: TextFlagger, limit: Int) -> [NotableCase] {
        var found: [(rank: Int, item: NotableCase, received: Date)] = []
        for appeal in appeals {
            var reasons: [(Int, String)] = flagger.flags(appeal.text).filter(\.flag.isUrgent).map { (rank($0.flag), $0.flag.title) }
            if (appeal.reopenCount ?? 0) > 0 { reasons.append((10, "Возобновлено после ответа")) }
            if let grade = appeal.answers.last?.review?.grade, grade.needsReason { reasons.append((11, "Ответ оценён как «\(grade.title)»")) }
            guard let first = reasons.map(\.0).min() else { continue }
            let text = appeal.summary ?? String(appeal.text.prefix(summaryLength)) + (appeal.text.count > summaryLength ? "…" : "")
            let item = NotableCase(
                appealId: appeal.id, number: appeal.number, municipalityId: appeal.municipalityId, blockId: appeal.blockId, summary: text,
                status: appeal.status, reasons: reasons.sorted { $0.0 < $1.0 }.map(\.1)
            )
            found.append((first * 100 - reasons.count, item, appeal.receivedAt))
        }
        return found.sorted { ($0.rank, $0.received, $0.item.appealId) < ($1.rank, $1.received, $1.item.appealId) }.prefix(limit).map(\.item)
    }

    /// Danger before an accident before a mass event before children.
    static func rank(_ flag: TextFlag) -> Int {
        switch flag {
        case .danger: 1
        case .accident: 2
        case .massEvent: 3
        case .children: 4
        case .negativeTone, .offensive: 9
        }
    }
}
