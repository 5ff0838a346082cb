/// One versioned step of the schema. Statements are portable SQL that both SQLite and PostgreSQL accept;
/// `then` names work done in Swift after them, in the same transaction (what SQL alone cannot compute).
struct Migration: Sendable {
    enum Step: Sendable, Hashable {
        /// Counts the analytics rollup afresh from the stored items (`AppealStore+Analytics`).
        case rebuildAnalytics
        /// Copies each stored item's point from its document into `lat`, `lon` (`AppealRows.fillPoints`).
        case fillPoints
        /// Reads the facts older items lack back from their events (`AppealRows.fillFacts`).
        case fillFacts
        /// Counts the working minutes to each stored item's first reaction (`AppealRows.fillReactionMinutes`).
        case fillReactionMinutes
    }

    var version: Int64
    var name: String
    var statements: [String]
    var then: [Step] = []
}
