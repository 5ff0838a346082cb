import OtklikCore

/// The dashboard's figures drawn: the SVG charts and the lines of the lists, for the dashboard page and
/// the wall alike, each linking to the items behind it where the inbox can filter to them.
struct DashboardCharts {
    struct Headline {
        var title: String
        var value: String
        var change: String
        var previous: String
    }

    struct Line {
        var title: String
        var value: String
        var change: String
        var link: String?
    }

    struct SpikeLine {
        var title: String
        var count: String
        var baseline: String
        var sparkline: String
        var link: String?
    }

    let dashboard: Dashboard
    let labels: SliceLabels
    /// The filters the page was asked for, carried into the inbox links.
    let filters: [(SliceDimension, String)]

    var headlines: [Headline] {
        dashboard.headlines.map { slice in
            let measure = slice.request.measure
            return Headline(
                title: measure.title, value: SliceFormat.value(slice.total, measure),
                change: SliceFormat.change(slice.total, from: slice.previousTotal, measure), previous: SliceFormat.value(slice.previousTotal, measure)
            )
        }
    }

    /// The volume in the period and in the one before, by the same step, aligned by position.
    func dynamics(width: Double = 760, height: Double = 260) -> String {
        let unit = dashboard.dynamics.request.rows
        func series(_ slice: Slice, name: String, background: Bool) -> LineChart.Series {
            LineChart.Series(
                name: name,
                points: slice.groups.map { group in
                    LineChart.Point(
                        label: Self.axisLabel(unit, group.row), value: group.value ?? 0,
                        title: "\(labels.title(unit, group.row)): \(SliceFormat.value(group.value, .count))"
                    )
                }, isBackground: background
            )
        }
        let request = dashboard.request
        return LineChart(
            title: "Поступление обращений по \(Self.unitTitle(unit)), \(request.from.russian) — \(request.to.russian), и за предыдущий период",
            series: [
                series(dashboard.previousDynamics, name: "Предыдущий период, \(request.previousFrom.russian) — \(request.previousTo.russian)", background: true),
                series(dashboard.dynamics, name: "Период, \(request.from.russian) — \(request.to.russian)", background: false),
            ], width: width, height: height
        ).svg
    }

    /// The count by one cut, the largest first, each bar opening its items.
    func structure(_ slice: Slice, limit: Int = 12) -> String {
        let dimension = slice.request.rows
        let groups = slice.groups.sorted { ($0.value ?? 0, $1.row) > ($1.value ?? 0, $0.row) }.prefix(limit)
        return BarChart(
            title: "Обращения по разрезу «\(dimension.title)»",
            bars: groups.map { group in
                let title = labels.title(dimension, group.row)
                let text = SliceFormat.value(group.value, .count)
                return BarChart.Bar(
                    label: title, segments: [BarChart.Segment(value: group.value ?? 0, tone: 0, title: "\(title): \(text)")], text: text,
                    link: link([(dimension, group.row)])
                )
            }
        ).svg
    }

    func growing(limit: Int = 8) -> [Line] {
        dashboard.growing(limit: limit).map { group in
            Line(
                title: "\(labels.title(.municipality, group.row)) · \(labels.title(.block, group.column ?? ""))",
                value: SliceFormat.value(group.value, .count), change: SliceFormat.change(group.value, from: group.previous ?? 0, .count),
                link: link([(.municipality, group.row), (.block, group.column ?? "")])
            )
        }
    }

    func overdueBodies(limit: Int = 10, width: Double = 520) -> String {
        BarChart(
            title: "Органы с наибольшим числом просроченных обращений",
            bars: dashboard.mostOverdue(limit: limit).map { group in
                let title = labels.title(.body, group.row)
                let text = SliceFormat.value(group.value, .overdue)
                return BarChart.Bar(
                    label: title, segments: [BarChart.Segment(value: group.value ?? 0, tone: 4, title: "\(title): просрочено \(text)")], text: text,
                    link: link([(.body, group.row)])
                )
            }, width: width
        ).svg
    }

    /// Each block's items by stage, stacked; the largest block first.
    func workload(width: Double = 1040) -> String {
        var byBlock: [String: [StatusClass: Double]] = [:]
        for group in dashboard.workload.groups {
            guard let status = AppealStatus(rawValue: group.column ?? "") else { continue }
            byBlock[group.row, default: [:]][StatusClass(status), default: 0] += group.value ?? 0
        }
        let blocks = byBlock.sorted { ($0.value.values.reduce(0, +), $1.key) > ($1.value.values.reduce(0, +), $0.key) }
        return BarChart(
            title: "Нагрузка отраслевых блоков: обращения по стадиям",
            bars: blocks.map { block, stages in
                let title = labels.title(.block, block)
                return BarChart.Bar(
                    label: title,
                    segments: StatusClass.allCases.map { stage in
                        BarChart.Segment(
                            value: stages[stage] ?? 0, tone: stage.rawValue,
                            title: "\(title): \(stage.title.lowercased()) \(SliceFormat.value(stages[stage] ?? 0, .count))"
                        )
                    }, text: SliceFormat.value(stages.values.reduce(0, +), .count), link: link([(.block, block)])
                )
            }, width: width, labelWidth: 260
        ).svg
    }

    var spikes: [SpikeLine] {
        let week = dashboard.spikeWeek
        return dashboard.spikes.map { spike in
            let title = "\(labels.title(.municipality, spike.municipalityId)) · \(labels.title(.block, spike.blockId))"
            let weeks = (spike.history + [spike.count]).map { SliceFormat.grouped($0) }.joined(separator: ", ")
            return SpikeLine(
                title: title, count: SliceFormat.grouped(spike.count), baseline: SliceFormat.decimal(spike.baseline, digits: 1),
                sparkline: Sparkline(values: (spike.history + [spike.count]).map(Double.init), title: "\(title), по неделям: \(weeks)").svg,
                link: AnalyticsPage.inboxLink(week, groups: [(.municipality, spike.municipalityId), (.block, spike.blockId)], filters: filters)
            )
        }
    }

    func link(_ groups: [(SliceDimension, String)]) -> String? {
        AnalyticsPage.inboxLink(dashboard.request, groups: groups, filters: filters)
    }

    static func unitTitle(_ unit: SliceDimension) -> String {
        switch unit {
        case .day: "дням"
        case .week: "неделям"
        default: "месяцам"
        }
    }

    /// A period's short name under the axis: 12.11 for a day or the week starting then, 11.2026 for a month.
    static func axisLabel(_ unit: SliceDimension, _ value: String) -> String {
        if let day = LocalDate(iso: value) { return String(day.russian.prefix(5)) }
        let parts = value.split(separator: "-")
        return parts.count == 2 ? "\(parts[1]).\(parts[0])" : value
    }
}
