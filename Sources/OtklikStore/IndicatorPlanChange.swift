import Foundation

/// One change of an indicator's plan: the new value (nil: removed), when and by whom.
public struct IndicatorPlanChange: Sendable, Equatable {
    public var indicatorId: String
    public var value: Double?
    public var at: Date
    public var by: String
}
