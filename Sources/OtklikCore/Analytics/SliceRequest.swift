/// One slice: a measure by one or two cuts, over a period of receipt (both days included), compared
/// with the period of the same length just before it.
public struct SliceRequest: Equatable, Sendable {
    public var measure: SliceMeasure
    public var rows: SliceDimension
    public var columns: SliceDimension?
    public var from: LocalDate
    public var to: LocalDate
    public var filter: SliceFilter

    public init(
        measure: SliceMeasure, rows: SliceDimension, columns: SliceDimension? = nil, from: LocalDate, to: LocalDate,
        filter: SliceFilter = SliceFilter()
    ) {
        self.measure = measure
        self.rows = rows
        self.columns = columns
        self.from = from
        self.to = to
        self.filter = filter
    }

    public var days: Int { Int(to.dayNumber - from.dayNumber) + 1 }
    public var previousFrom: LocalDate { from.adding(days: -days) }
    public var previousTo: LocalDate { from.adding(days: -1) }
}
