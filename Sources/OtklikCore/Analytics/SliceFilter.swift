/// Which items a slice counts: for each attribute cut, the values allowed (none given: all). Periods
/// are not filtered here; the request's period is.
public struct SliceFilter: Equatable, Sendable {
    public private(set) var allowed: [SliceDimension: Set<String>] = [:]
    /// True when some cut allows nothing at all (a scope with no body), so nothing is counted.
    public private(set) var isEmpty = false

    public init() {}

    /// Allows only `values` in `dimension`, on top of what was allowed already.
    public mutating func restrict(_ dimension: SliceDimension, to values: Set<String>) {
        precondition(!dimension.isPeriod, "periods are the request's, not the filter's")
        let narrowed = allowed[dimension].map { $0.intersection(values) } ?? values
        allowed[dimension] = narrowed
        if narrowed.isEmpty { isEmpty = true }
    }

    /// Narrowed to what a user may see (`Scope`, the one rule of who sees what).
    public func restricted(to scope: Scope) -> SliceFilter {
        var filter = self
        switch scope {
        case .all: break
        case .body(let id): filter.restrict(.body, to: id.isEmpty ? [] : [id])
        case .blocks(let ids): filter.restrict(.block, to: ids)
        }
        return filter
    }

    public func matches(_ key: RollupKey) -> Bool {
        guard !isEmpty else { return false }
        for (dimension, values) in allowed where !values.contains(dimension.value(of: key)) { return false }
        return true
    }
}
