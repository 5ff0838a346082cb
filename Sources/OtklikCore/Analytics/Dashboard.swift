/// The figures of the dashboard and the wall (issue 6; M8, M9, M14, M22), each a slice from the one
/// engine, for a period and a filter: the headline measures against the previous period, the volume by day
/// (or week, or month) beside the period before, the structure by block, channel and status, the problems
/// growing most, the bodies with most items overdue, the workload of each block and the spikes of the last
/// week. `requests` lists the slices to ask for at once; `init` reads them back in that order.
public struct Dashboard: Sendable {
    /// The measures shown as headline figures, in this order.
    public static let headline: [SliceMeasure] = [.count, .overdue, .onTimeShare, .medianAnswerDays, .satisfactionShare]

    public var request: SliceRequest
    public var headlines: [Slice]
    public var dynamics: Slice
    public var previousDynamics: Slice
    public var byBlock: Slice
    public var byChannel: Slice
    public var byStatus: Slice
    /// Municipality by block, with the previous period: what grows.
    public var places: Slice
    public var overdueBodies: Slice
    /// Block by status.
    public var workload: Slice
    /// The week the spikes are looked for in: the 7 days ending with the period.
    public var spikeWeek: SliceRequest
    public var spikes: [Spike]

    /// The period unit of the volume line: days up to two months, weeks up to a year, then months.
    public static func unit(days: Int) -> SliceDimension { days <= 62 ? .day : days <= 366 ? .week : .month }

    /// The slices the dashboard is drawn from, in the order `init` reads them: the headlines, the volume now
    /// and before, the structure, the places, the overdue bodies, the workload, the spike week and the weeks
    /// before it, the oldest first (each its own slice: a slice's previous period lists only the groups its
    /// own period has).
    public static func requests(from: LocalDate, to: LocalDate, filter: SliceFilter, spikeRule: SpikeRule = .standard) -> [SliceRequest] {
        func request(_ measure: SliceMeasure, _ rows: SliceDimension, _ columns: SliceDimension? = nil, from: LocalDate = from, to: LocalDate = to)
            -> SliceRequest
        {
            SliceRequest(measure: measure, rows: rows, columns: columns, from: from, to: to, filter: filter)
        }
        let period = request(.count, .block)
        let unit = unit(days: period.days)
        let week = request(.count, .municipality, .block, from: to.adding(days: -6))
        let history = (1...spikeRule.historyWeeks).reversed().map { back in
            request(.count, .municipality, .block, from: week.from.adding(days: -7 * back), to: week.to.adding(days: -7 * back))
        }
        return headline.map { request($0, .kind) } + [
            request(.count, unit), request(.count, unit, from: period.previousFrom, to: period.previousTo), period, request(.count, .channel),
            request(.count, .status), request(.count, .municipality, .block), request(.overdue, .body), request(.count, .block, .status), week,
        ] + history
    }

    /// The dashboard from the slices `requests` asked for, in its order.
    public init(slices: [Slice], spikeRule: SpikeRule = .standard) {
        let count = Self.headline.count
        headlines = Array(slices[0..<count])
        dynamics = slices[count]
        previousDynamics = slices[count + 1]
        byBlock = slices[count + 2]
        request = byBlock.request
        byChannel = slices[count + 3]
        byStatus = slices[count + 4]
        places = slices[count + 5]
        overdueBodies = slices[count + 6]
        workload = slices[count + 7]
        spikeWeek = slices[count + 8].request
        spikes = spikeRule.spikes(current: slices[count + 8], history: Array(slices[(count + 9)...]))
    }

    /// The groups of `places` that grew, the largest rise first (at least `minimum` items now); items not yet
    /// placed in a municipality and a block are left out.
    public func growing(limit: Int, minimum: Double = 3) -> [Slice.Group] {
        places.groups
            .filter { !$0.row.isEmpty && !($0.column ?? "").isEmpty && ($0.value ?? 0) >= minimum && ($0.value ?? 0) > ($0.previous ?? 0) }
            .sorted { (($0.value ?? 0) - ($0.previous ?? 0), $1.row, $1.column ?? "") > (($1.value ?? 0) - ($1.previous ?? 0), $0.row, $0.column ?? "") }
            .prefix(limit).map { $0 }
    }

    /// The bodies with items overdue, the most first; items with no body yet are left out.
    public func mostOverdue(limit: Int) -> [Slice.Group] {
        overdueBodies.groups.filter { !$0.row.isEmpty && ($0.value ?? 0) > 0 }
            .sorted { ($0.value ?? 0, $1.row) > ($1.value ?? 0, $0.row) }
            .prefix(limit).map { $0 }
    }
}
