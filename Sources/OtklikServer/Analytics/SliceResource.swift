import OtklikCore
import OtklikStore

/// A slice as the API returns it: each group's value with its Russian name, the previous period's value
/// beside it, and the totals.
struct SliceResource: Encodable {
    struct Named: Encodable, Sendable {
        var id: String
        var title: String
    }

    /// Every group has every field, nulls written out.
    struct Group: Encodable {
        var row: String
        var rowTitle: String
        @EncodedNull var column: String?
        @EncodedNull var columnTitle: String?
        @EncodedNull var value: Double?
        @EncodedNull var previous: Double?
        var appeals: Int64
    }

    var measure: Named
    var rows: Named
    @EncodedNull var columns: Named?
    var from: String
    var to: String
    var previousFrom: String
    var previousTo: String
    var source: String
    @EncodedNull var total: Double?
    @EncodedNull var previousTotal: Double?
    var appeals: Int64
    var groups: [Group]

    init(_ slice: Slice, source: AppealStore.SliceSource, labels: SliceLabels) {
        let request = slice.request
        measure = Named(id: request.measure.rawValue, title: request.measure.title)
        rows = Named(id: request.rows.rawValue, title: request.rows.title)
        columns = request.columns.map { Named(id: $0.rawValue, title: $0.title) }
        from = request.from.iso
        to = request.to.iso
        previousFrom = request.previousFrom.iso
        previousTo = request.previousTo.iso
        self.source = source.rawValue
        total = slice.total
        previousTotal = slice.previousTotal
        appeals = slice.appeals
        groups = slice.groups.map { group in
            Group(
                row: group.row, rowTitle: labels.title(request.rows, group.row), column: group.column,
                columnTitle: request.columns.flatMap { dimension in group.column.map { labels.title(dimension, $0) } },
                value: group.value, previous: group.previous, appeals: group.appeals
            )
        }
    }
}
