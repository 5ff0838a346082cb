/// One indicator of the centre's work (issue 7; rules.md §3.3): a named formula — the numerator and the
/// denominator in words, and the slice measure that computes it — with the way it should move.
///
/// The federal methodology (ПП РФ 1844) could not be confirmed: rules.md §3.3 found no text with its
/// indicators and formulas. Every indicator here is therefore the centre's own definition, marked
/// unconfirmed (`isConfirmed`), and the page and the README say so.
public struct Indicator: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var numerator: String
    public var denominator: String
    public var measure: SliceMeasure
    /// Whether more is better (the share on time) or less (the share overdue).
    public var higherIsBetter: Bool
    /// Whether its formula is confirmed by a normative text; none is yet.
    public var isConfirmed: Bool

    public init(
        id: String, title: String, numerator: String, denominator: String, measure: SliceMeasure, higherIsBetter: Bool, isConfirmed: Bool = false
    ) {
        self.id = id
        self.title = title
        self.numerator = numerator
        self.denominator = denominator
        self.measure = measure
        self.higherIsBetter = higherIsBetter
        self.isConfirmed = isConfirmed
    }

    /// A plan or fact as a person writes it: shares in per cent, times as they are.
    public func entered(_ value: Double) -> Double { measure.isShare ? value * 100 : value }

    /// A value a person wrote, in the measure's own unit (a share of 90 % is 0.9).
    public func stored(_ entered: Double) -> Double { measure.isShare ? entered / 100 : entered }

    /// Why `value` (in the measure's unit) cannot be a plan, or nil: a share lies in 0…100 %, a time is not negative.
    public func planError(_ value: Double) -> String? {
        guard value.isFinite, value >= 0 else { return "\(id): план не может быть отрицательным" }
        if measure.isShare, value > 1 { return "\(id): доля не больше 100 %" }
        if !measure.isShare, value > 10_000 { return "\(id): не больше 10 000 \(unit)" }
        return nil
    }

    /// The unit a person writes the plan in.
    public var unit: String { measure.isShare ? "%" : measure == .meanReactionHours ? "раб. ч" : "дн." }
}
