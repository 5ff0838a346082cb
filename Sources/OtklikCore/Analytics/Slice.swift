/// A slice's figures: the measure for each group of the period, beside the same group's figure in the
/// previous period (where the groups are not periods themselves), and the totals of both.
public struct Slice: Equatable, Sendable {
    public struct Group: Equatable, Sendable {
        public var row: String
        public var column: String?
        public var value: Double?
        public var previous: Double?
        /// Items received in the group in the period, whatever the measure: the base a share is read against.
        public var appeals: Int64
    }

    public var request: SliceRequest
    /// Ordered by row, then column, in the text order of their values (so periods run in time order).
    public var groups: [Group]
    public var total: Double?
    public var previousTotal: Double?
    public var appeals: Int64
}
