/// What an import of a history file did, or would do in a dry run: rows read, rows valid, items created and
/// already there (from an earlier run of the same file), every bad row with its line and faults, the
/// columns taken for each field and those no field took.
public struct ImportReport: Sendable, Equatable, Codable {
    public var dryRun: Bool
    public var rows: Int
    public var valid: Int
    public var created: Int
    public var existing: Int
    public var problems: [ImportProblem]
    /// Field → the column it was read from.
    public var columns: [String: String]
    public var unusedColumns: [String]

    public init(dryRun: Bool, columns: [String: String], unusedColumns: [String]) {
        self.dryRun = dryRun
        rows = 0
        valid = 0
        created = 0
        existing = 0
        problems = []
        self.columns = columns
        self.unusedColumns = unusedColumns
    }
}
