/// What colours the heat map's cells (issue 6): volume for the size of the place, the share overdue, the
/// growth against the previous period, the share of satisfied citizens, or residents' feedback in polls and
/// discussions for the size of the place (issue 9, `ResidentFeedback`).
public enum HeatMapMeasure: String, Codable, Sendable, CaseIterable {
    case perCapita = "per_10000"
    case overdueShare = "overdue_share"
    case growth
    case satisfaction
    case feedback

    public var title: String {
        switch self {
        case .perCapita: "Обращений на 10 000 жителей"
        case .overdueShare: "Доля просроченных"
        case .growth: "Рост к предыдущему периоду"
        case .satisfaction: "Доля удовлетворённых"
        case .feedback: "Голосов и комментариев жителей на 10 000 жителей"
        }
    }

    /// The slice the cells are read from (municipalities by blocks); feedback's is built from polls and
    /// discussions, over the same period.
    public var sliceMeasure: SliceMeasure {
        switch self {
        case .perCapita, .growth, .feedback: .count
        case .overdueShare: .overdueShare
        case .satisfaction: .satisfactionShare
        }
    }

    /// Whether a larger value is the worse one (drawn darker); for satisfaction the smaller is.
    public var higherIsWorse: Bool { self != .satisfaction }

    public var isShare: Bool { ![.perCapita, .feedback].contains(self) }

    /// Whether the cells count residents' feedback rather than appeals.
    public var isFeedback: Bool { self == .feedback }

    /// A cell's value from its slice group (nil: the group had nothing) and the municipality's population.
    public func value(of group: Slice.Group?, population: Int?) -> Double? {
        switch self {
        case .perCapita, .feedback:
            guard let population, population > 0 else { return nil }
            return (group?.value ?? 0) / Double(population) * 10_000
        case .growth:
            guard let previous = group?.previous, previous > 0 else { return nil }
            return ((group?.value ?? 0) - previous) / previous
        case .overdueShare, .satisfaction:
            return group?.value
        }
    }
}
