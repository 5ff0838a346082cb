import OtklikCore
import OtklikStore

/// The figures of the dashboard and the wall (issue 6; M8, M9, M14, M22), each read as a slice from the
/// one engine, for a period and a filter, over what the user may see: the headline measures against the
/// previous period, the volume by day (or week, or month) beside the period before, the structure by block,
/// channel and status, the problems growing most, the bodies with most items overdue, the workload of each
/// block and the spikes of the last week.
struct Dashboard {
    /// The measures shown as headline figures, in this order.
    static let headline: [SliceMeasure] = [.count, .overdue, .onTimeShare, .medianAnswerDays, .satisfactionShare]

    var request: SliceRequest
    var headlines: [Slice]
    var dynamics: Slice
    var previousDynamics: Slice
    var byBlock: Slice
    var byChannel: Slice
    var byStatus: Slice
    /// Municipality by block, with the previous period: what grows.
    var places: Slice
    var overdueBodies: Slice
    /// Block by status.
    var workload: Slice
    /// The week the spikes are looked for in: the 7 days ending with the period.
    var spikeWeek: SliceRequest
    var spikes: [Spike]

    /// The period unit of the volume line: days up to two months, weeks up to a year, then months.
    static func unit(days: Int) -> SliceDimension { days <= 62 ? .day : days <= 366 ? .week : .month }

    static func load(
        _ store: AppealStore, scope: Scope, from: LocalDate, to: LocalDate, filter: SliceFilter, spikeRule: SpikeRule = .standard
    ) async throws -> Dashboard {
        func slice(_ measure: SliceMeasure, _ rows: SliceDimension, _ columns: SliceDimension? = nil, from: LocalDate = from, to: LocalDate = to)
            async throws -> Slice
        {
            try await store.slice(SliceRequest(measure: measure, rows: rows, columns: columns, from: from, to: to, filter: filter), visibleTo: scope)
        }
        let request = SliceRequest(measure: .count, rows: .block, from: from, to: to, filter: filter)
        var headlines: [Slice] = []
        for measure in headline { headlines.append(try await slice(measure, .kind)) }
        let unit = unit(days: request.days)
        let byBlock = try await slice(.count, .block)
        let week = SliceRequest(measure: .count, rows: .municipality, columns: .block, from: to.adding(days: -6), to: to, filter: filter)
        var history: [Slice] = []
        for back in (1...spikeRule.historyWeeks).reversed() {
            history.append(try await slice(.count, .municipality, .block, from: week.from.adding(days: -7 * back), to: week.to.adding(days: -7 * back)))
        }
        let current = try await store.slice(week, visibleTo: scope)
        return Dashboard(
            request: request, headlines: headlines, dynamics: try await slice(.count, unit),
            previousDynamics: try await slice(.count, unit, from: request.previousFrom, to: request.previousTo), byBlock: byBlock,
            byChannel: try await slice(.count, .channel), byStatus: try await slice(.count, .status),
            places: try await slice(.count, .municipality, .block), overdueBodies: try await slice(.overdue, .body),
            workload: try await slice(.count, .block, .status), spikeWeek: week,
            spikes: spikeRule.spikes(current: current, history: history)
        )
    }

    /// The groups of `places` that grew, the largest rise first (at least `minimum` items now); items not yet
    /// placed in a municipality and a block are left out.
    func growing(limit: Int, minimum: Double = 3) -> [Slice.Group] {
        places.groups
            .filter { !$0.row.isEmpty && !($0.column ?? "").isEmpty && ($0.value ?? 0) >= minimum && ($0.value ?? 0) > ($0.previous ?? 0) }
            .sorted { (($0.value ?? 0) - ($0.previous ?? 0), $1.row, $1.column ?? "") > (($1.value ?? 0) - ($1.previous ?? 0), $0.row, $0.column ?? "") }
            .prefix(limit).map { $0 }
    }

    /// The bodies with items overdue, the most first; items with no body yet are left out.
    func mostOverdue(limit: Int) -> [Slice.Group] {
        overdueBodies.groups.filter { !$0.row.isEmpty && ($0.value ?? 0) > 0 }
            .sorted { ($0.value ?? 0, $1.row) > ($1.value ?? 0, $0.row) }
            .prefix(limit).map { $0 }
    }
}
