/// The heat map of problems (issue 6; M8, M9): municipalities by topic blocks, each cell's value and its
/// level of colour, 1 (best) to `levels` (worst), 0 where there is no value. Levels split the range of the
/// map's values evenly, so the darkest cell is the worst on this map.
public struct HeatMap: Sendable, Equatable {
    public static let levels = 5

    public struct Cell: Sendable, Equatable {
        public var municipalityId: String
        public var blockId: String
        public var value: Double?
        /// Items received in the cell in the period.
        public var appeals: Int64
        public var level: Int
    }

    public var measure: HeatMapMeasure
    public var municipalityIds: [String]
    public var blockIds: [String]
    /// One row per municipality, in `municipalityIds` order; one cell per block, in `blockIds` order.
    public var rows: [[Cell]]

    /// `slice` is the measure's slice by municipality and block; `populations` by municipality id.
    public init(measure: HeatMapMeasure, slice: Slice, municipalityIds: [String], blockIds: [String], populations: [String: Int]) {
        self.measure = measure
        self.municipalityIds = municipalityIds
        self.blockIds = blockIds
        var groups: [String: Slice.Group] = [:]
        for group in slice.groups { groups[group.row + "\u{1F}" + (group.column ?? "")] = group }
        var rows = municipalityIds.map { municipality in
            blockIds.map { block in
                let group = groups[municipality + "\u{1F}" + block]
                return Cell(
                    municipalityId: municipality, blockId: block, value: measure.value(of: group, population: populations[municipality]),
                    appeals: group?.appeals ?? 0, level: 0
                )
            }
        }
        let values = rows.flatMap { $0.compactMap(\.value) }
        if let low = values.min(), let high = values.max() {
            for row in rows.indices {
                for column in rows[row].indices {
                    guard let value = rows[row][column].value else { continue }
                    rows[row][column].level = Self.level(value, low: low, high: high, higherIsWorse: measure.higherIsWorse)
                }
            }
        }
        self.rows = rows
    }

    static func level(_ value: Double, low: Double, high: Double, higherIsWorse: Bool) -> Int {
        guard high > low else { return (levels + 1) / 2 }
        let position = (value - low) / (high - low)
        let step = min(levels - 1, Int(position * Double(levels)))
        return higherIsWorse ? step + 1 : levels - step
    }
}
