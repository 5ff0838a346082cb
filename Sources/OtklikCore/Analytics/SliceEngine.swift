/// Computes slices from a rollup: the one code path behind the API and the pages, whether the rollup
/// was read from the stored cells or counted from the items.
public enum SliceEngine {
    private struct GroupKey: Hashable {
        var row: String
        var column: String?
    }

    private enum Period {
        case current, previous
    }

    public static func slice(_ request: SliceRequest, from rollup: Rollup) -> Slice {
        var current: [GroupKey: SliceTally] = [:]
        var previous: [GroupKey: SliceTally] = [:]
        var total = SliceTally()
        var previousTotal = SliceTally()

        func place(_ key: RollupKey, _ apply: (inout SliceTally) -> Void) {
            guard let period = period(of: key.day, in: request), request.filter.matches(key) else { return }
            let group = GroupKey(row: request.rows.value(of: key), column: request.columns?.value(of: key))
            switch period {
            case .current:
                apply(&current[group, default: SliceTally()])
                apply(&total)
            case .previous:
                apply(&previous[group, default: SliceTally()])
                apply(&previousTotal)
            }
        }
        for (key, counts) in rollup.cells { place(key) { $0.counts.add(counts) } }
        for (key, n) in rollup.durations { place(key.cell) { $0.add(key.bucket, items: n) } }
        for (key, n) in rollup.runningLate { place(key) { $0.runningLate += n } }

        let comparable = !request.rows.isPeriod && request.columns?.isPeriod != true
        let groups = current.filter { !$0.value.isEmpty }
            .sorted { ($0.key.row, $0.key.column ?? "") < ($1.key.row, $1.key.column ?? "") }
            .map { group, tally in
                Slice.Group(
                    row: group.row, column: group.column, value: request.measure.value(of: tally),
                    previous: comparable ? previous[group].map(request.measure.value(of:)) ?? nil : nil, appeals: tally.counts.appeals
                )
            }
        return Slice(
            request: request, groups: groups, total: request.measure.value(of: total),
            previousTotal: request.measure.value(of: previousTotal), appeals: total.counts.appeals
        )
    }

    /// The slice from a rollup already filtered and reduced to the request's groups
    /// (`SliceRequest.projected`), as a store or the `RollupCube` gives it: the reduced keys no longer carry
    /// the values the filter checks.
    public static func slice(_ request: SliceRequest, fromProjected rollup: Rollup) -> Slice {
        var unfiltered = request
        unfiltered.filter = SliceFilter()
        var result = slice(unfiltered, from: rollup)
        result.request = request
        return result
    }

    private static func period(of day: LocalDate, in request: SliceRequest) -> Period? {
        if day >= request.from, day <= request.to { return .current }
        if day >= request.previousFrom, day <= request.previousTo { return .previous }
        return nil
    }
}
