/// A rollup cell's items whose answer or first reaction took a given time (`DurationBucket`).
public struct DurationKey: Hashable, Sendable {
    public var cell: RollupKey
    public var bucket: DurationBucket

    public init(cell: RollupKey, bucket: DurationBucket) {
        self.cell = cell
        self.bucket = bucket
    }
}
