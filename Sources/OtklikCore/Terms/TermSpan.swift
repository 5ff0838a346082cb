/// An amount of time in a unit: «30 calendar days», «10 working days», «8 working hours».
public struct TermSpan: Codable, Sendable, Equatable {
    public var amount: Int
    public var unit: TermUnit

    public init(_ amount: Int, _ unit: TermUnit) {
        self.amount = amount
        self.unit = unit
    }
}
