/// What a slice counts (issue 6; Регламент МЦУ § 5.2 for new, repeated, overdue and postponed). Each is
/// computed from a group's `SliceTally`; shares and times are nil where nothing is there to divide.
public enum SliceMeasure: String, Codable, Sendable, CaseIterable {
    /// Items received in the period.
    case count
    /// Of those, the first ones (not a repeat of an earlier appeal).
    case new
    case repeated
    /// Missed the term (`TermState.missed`), counted now.
    case overdue
    /// Of the items received, the share that missed the term.
    case overdueShare = "overdue_share"
    /// Postponed now.
    case postponed
    /// Answers given not after the term, of all answers given.
    case onTimeShare = "on_time_share"
    /// Days from receipt to the answer (`AnswerDays`): the median and the 90th percentile.
    case medianAnswerDays = "median_answer_days"
    case p90AnswerDays = "p90_answer_days"
    /// The citizen said the problem was solved, of those who rated the answer (M7).
    case satisfactionShare = "satisfaction_share"
    /// Sent on to another body at least once, of all items.
    case redirectShare = "redirect_share"

    public var title: String {
        switch self {
        case .count: "Всего поступило"
        case .new: "Первичные"
        case .repeated: "Повторные"
        case .overdue: "Просрочено"
        case .overdueShare: "Доля просроченных"
        case .postponed: "Отложено"
        case .onTimeShare: "Доля ответов в срок"
        case .medianAnswerDays: "Медиана срока ответа, дней"
        case .p90AnswerDays: "90-й процентиль срока ответа, дней"
        case .satisfactionShare: "Доля удовлетворённых"
        case .redirectShare: "Доля перенаправленных"
        }
    }

    public var isShare: Bool {
        switch self {
        case .overdueShare, .onTimeShare, .satisfactionShare, .redirectShare: true
        default: false
        }
    }

    /// Whether the measure reads the answer-day histogram or the items running late: a store may leave out
    /// what it does not read.
    public var readsAnswerDays: Bool { self == .medianAnswerDays || self == .p90AnswerDays }
    public var readsRunningLate: Bool { self == .overdue || self == .overdueShare }

    public func value(of tally: SliceTally) -> Double? {
        let counts = tally.counts
        func share(_ part: Int64, of whole: Int64) -> Double? { whole == 0 ? nil : Double(part) / Double(whole) }
        switch self {
        case .count: return Double(counts.appeals)
        case .new: return Double(counts.appeals - counts.repeated)
        case .repeated: return Double(counts.repeated)
        case .overdue: return Double(counts.settledLate + tally.runningLate)
        case .overdueShare: return share(counts.settledLate + tally.runningLate, of: counts.appeals)
        case .postponed: return Double(counts.postponed)
        case .onTimeShare: return share(counts.answeredInTerm, of: counts.answered)
        case .medianAnswerDays: return AnswerDays.percentile(0.5, of: tally.answerDays).map(Double.init)
        case .p90AnswerDays: return AnswerDays.percentile(0.9, of: tally.answerDays).map(Double.init)
        case .satisfactionShare: return share(counts.satisfied, of: counts.rated)
        case .redirectShare: return share(counts.redirected, of: counts.appeals)
        }
    }
}
