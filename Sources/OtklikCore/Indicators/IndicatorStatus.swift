/// Where a fact stands against its plan, for the colour of the monitoring table (issue 7: «monthly
/// monitoring table plan vs fact with colour»).
public enum IndicatorStatus: String, Codable, Sendable, CaseIterable {
    /// The plan is reached.
    case met
    /// Not reached, but within `tolerance` of it.
    case near
    case missed
    /// No plan was entered for the year.
    case noPlan = "no_plan"
    /// Nothing to measure in the period.
    case noData = "no_data"

    /// How far from the plan a fact still counts as «near»: a tenth of the plan. The centre's choice; the
    /// decrees set no such band.
    public static let tolerance = 0.1

    public var title: String {
        switch self {
        case .met: "План выполнен"
        case .near: "Близко к плану"
        case .missed: "План не выполнен"
        case .noPlan: "План не задан"
        case .noData: "Нет данных"
        }
    }

    /// The status of `fact` against `plan` for an indicator where more (or less) is better.
    public static func of(fact: Double?, plan: Double?, higherIsBetter: Bool) -> IndicatorStatus {
        guard let fact else { return .noData }
        guard let plan else { return .noPlan }
        let shortfall = higherIsBetter ? plan - fact : fact - plan
        if shortfall <= 0 { return .met }
        return shortfall <= abs(plan) * tolerance ? .near : .missed
    }
}
