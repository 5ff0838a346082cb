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

    /// The cuts the slice groups by.
    public var cuts: [SliceDimension] { [rows] + (columns.map { [$0] } ?? []) }

    /// A cell's key reduced to what this slice groups by: the attributes of its cuts ("" for the rest), and
    /// the day only when a cut is a period (otherwise the first day of the period the cell falls in). Cells
    /// with the same reduced key add up, so a store may sum them before the engine sees them.
    public func projected(_ key: RollupKey) -> RollupKey {
        let cuts = cuts
        func kept(_ dimension: SliceDimension, _ value: String) -> String { cuts.contains(dimension) ? value : "" }
        return RollupKey(
            day: cuts.contains(where: \.isPeriod) ? key.day : key.day >= from ? from : previousFrom,
            municipalityId: kept(.municipality, key.municipalityId), blockId: kept(.block, key.blockId), topicId: kept(.topic, key.topicId),
            bodyId: kept(.body, key.bodyId), channel: kept(.channel, key.channel), kind: kept(.kind, key.kind), status: kept(.status, key.status)
        )
    }
}
