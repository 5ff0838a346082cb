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
    /// Returned by a body to the centre at least once, of all items.
    case returnShare = "return_share"
    /// Repeats, of all items (rules.md §3.3 K7).
    case repeatedShare = "repeated_share"
    /// Reopened after an approved answer, of the answered (K8).
    case reopenedShare = "reopened_share"
    /// With the answer term extended, of the answered (K10).
    case extendedShare = "extended_share"
    /// Rated by the citizen, of the answered: the response rate beside satisfaction (K9).
    case ratedShare = "rated_share"
    /// Graded «по существу» by the centre, of the graded answers (issue 7).
    case substantiveShare = "substantive_share"
    /// The quality score of answers, 0…1: the mean of those of its parts that could be measured — graded
    /// on the merits, the citizen satisfied, not reopened (issue 7: «combined with the citizen's rating and
    /// reopenings»). Equal parts: the decrees name quality, not how to weigh its signs.
    case qualityScore = "quality_score"
    /// Registered within the registration term, of the items that have one (59-ФЗ ст. 8 ч. 2; K3).
    case registeredOnTimeShare = "registered_on_time_share"
    /// Sent to a body within the term for it, of those sent that have one (59-ФЗ ст. 8 ч. 3; K4).
    case assignedOnTimeShare = "assigned_on_time_share"
    /// Hours from registration (receipt before it) to the body's first action (`ReactionHours`), the mean
    /// (K5) and the median (the rating).
    case meanReactionHours = "mean_reaction_hours"
    case medianReactionHours = "median_reaction_hours"

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
        case .returnShare: "Доля возвращённых в ЦУР"
        case .repeatedShare: "Доля повторных"
        case .reopenedShare: "Доля возобновлённых после ответа"
        case .extendedShare: "Доля с продлённым сроком"
        case .ratedShare: "Доля ответов, оценённых гражданами"
        case .substantiveShare: "Доля ответов по существу"
        case .qualityScore: "Качество ответов"
        case .registeredOnTimeShare: "Доля зарегистрированных в срок"
        case .assignedOnTimeShare: "Доля направленных в орган в срок"
        case .meanReactionHours: "Среднее время до первой реакции, рабочих часов"
        case .medianReactionHours: "Медиана времени до первой реакции, рабочих часов"
        }
    }

    public var isShare: Bool {
        switch self {
        case .overdueShare, .onTimeShare, .satisfactionShare, .redirectShare, .returnShare, .repeatedShare, .reopenedShare, .extendedShare,
            .ratedShare, .substantiveShare, .qualityScore, .registeredOnTimeShare, .assignedOnTimeShare:
            true
        default: false
        }
    }

    /// A time (days or hours), not a count or a share: read with a fraction.
    public var isDuration: Bool { readsDurations || self == .meanReactionHours }

    /// Whether the measure reads the histogram of times (`DurationBucket`) or the items running late: a store
    /// may leave out what it does not read.
    public var readsDurations: Bool { self == .medianAnswerDays || self == .p90AnswerDays || self == .medianReactionHours }
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
        case .medianAnswerDays: return DurationBucket.percentile(0.5, of: tally.answerDays).map(Double.init)
        case .p90AnswerDays: return DurationBucket.percentile(0.9, of: tally.answerDays).map(Double.init)
        case .satisfactionShare: return share(counts.satisfied, of: counts.rated)
        case .redirectShare: return share(counts.redirected, of: counts.appeals)
        case .returnShare: return share(counts.returned, of: counts.appeals)
        case .repeatedShare: return share(counts.repeated, of: counts.appeals)
        case .reopenedShare: return share(counts.reopened, of: counts.answered)
        case .extendedShare: return share(counts.extended, of: counts.answered)
        case .ratedShare: return share(counts.rated, of: counts.answered)
        case .substantiveShare: return share(counts.substantive, of: counts.graded)
        case .qualityScore:
            let parts = [
                share(counts.substantive, of: counts.graded), share(counts.satisfied, of: counts.rated),
                share(counts.reopened, of: counts.answered).map { 1 - $0 },
            ].compactMap { $0 }
            return parts.isEmpty ? nil : parts.reduce(0, +) / Double(parts.count)
        case .registeredOnTimeShare: return share(counts.registeredInTerm, of: counts.registrationTermed)
        case .assignedOnTimeShare: return share(counts.assignedInTerm, of: counts.assignTermed)
        case .meanReactionHours: return counts.reacted == 0 ? nil : Double(counts.reactionMinutes) / Double(counts.reacted) / 60
        case .medianReactionHours: return DurationBucket.percentile(0.5, of: tally.reactionHours).map(Double.init)
        }
    }
}
