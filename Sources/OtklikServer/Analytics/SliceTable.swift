import OtklikCore

/// A slice as a table for a file: the groups with their Russian names, the value, the previous period's
/// value and the items received, the total last; the same figures as the page and the API.
enum SliceTable {
    static func file(_ slice: Slice, labels: SliceLabels) -> ReportFile {
        let request = slice.request
        let measure = request.measure
        let kind: ReportColumn.Kind = measure.isShare ? .share : measure.isDuration ? .decimal : .integer
        var columns = [ReportColumn(request.rows.title, .text)]
        if let second = request.columns { columns.append(ReportColumn(second.title, .text)) }
        columns += [
            ReportColumn("\(measure.title), \(request.from.russian) — \(request.to.russian)", kind),
            ReportColumn("Было, \(request.previousFrom.russian) — \(request.previousTo.russian)", kind),
            ReportColumn("Обращений", .integer),
        ]
        var rows: [[ReportValue]] = slice.groups.map { group in
            var row = [ReportValue.text(labels.title(request.rows, group.row))]
            if let second = request.columns { row.append(.text(labels.title(second, group.column ?? ""))) }
            return row + [ReportValue(group.value), ReportValue(group.previous), .number(Double(group.appeals))]
        }
        var total = [ReportValue.text("Итого")]
        if request.columns != nil { total.append(.empty) }
        rows.append(total + [ReportValue(slice.total), ReportValue(slice.previousTotal), .number(Double(slice.appeals))])
        return ReportFile(name: "Срез — \(measure.title) — \(request.from.iso)—\(request.to.iso)", columns: columns, rows: rows)
    }
}
