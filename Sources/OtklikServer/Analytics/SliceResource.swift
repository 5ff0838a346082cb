import OtklikCore
import OtklikStore

/// A slice as the API returns it: each group's value with its Russian name, the previous period's value
/// beside it, and the totals.
struct SliceResource: Encodable {
    struct Named: Encodable {
        var id: String
        var title: String
    }

    struct Group: Encodable {
        var row: String
        var rowTitle: String
        var column: String?
        var columnTitle: String?
        var value: Double?
        var previous: Double?
        var appeals: Int64

        /// Nulls are written out, so every group has every field.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(row, forKey: .row)
            try container.encode(rowTitle, forKey: .rowTitle)
            try container.encode(column, forKey: .column)
            try container.encode(columnTitle, forKey: .columnTitle)
            try container.encode(value, forKey: .value)
            try container.encode(previous, forKey: .previous)
            try container.encode(appeals, forKey: .appeals)
        }

        enum CodingKeys: String, CodingKey {
            case row, rowTitle, column, columnTitle, value, previous, appeals
        }
    }

    var measure: Named
    var rows: Named
    var columns: Named?
    var from: String
    var to: String
    var previousFrom: String
    var previousTo: String
    var source: String
    var total: Double?
    var previousTotal: Double?
    var appeals: Int64
    var groups: [Group]

    enum CodingKeys: String, CodingKey {
        case measure, rows, columns, from, to, previousFrom, previousTo, source, total, previousTotal, appeals, groups
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(measure, forKey: .measure)
        try container.encode(rows, forKey: .rows)
        try container.encode(columns, forKey: .columns)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(previousFrom, forKey: .previousFrom)
        try container.encode(previousTo, forKey: .previousTo)
        try container.encode(source, forKey: .source)
        try container.encode(total, forKey: .total)
        try container.encode(previousTotal, forKey: .previousTotal)
        try container.encode(appeals, forKey: .appeals)
        try container.encode(groups, forKey: .groups)
    }

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
