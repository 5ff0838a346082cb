/// A column of a table given to a file (issue 7: exports): its Russian title and what its values are,
/// which decides how a file writes them (a share is a number of per cent in CSV, a percent format in XLSX).
public struct ReportColumn: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case text
        case integer
        case decimal
        /// A fraction 0…1, shown in per cent.
        case share
        case date
    }

    public var title: String
    public var kind: Kind

    public init(_ title: String, _ kind: Kind) {
        self.title = title
        self.kind = kind
    }
}
