/// One cell of a table given to a file.
public enum ReportValue: Sendable, Equatable {
    case text(String)
    case number(Double)
    case date(LocalDate)
    case empty

    public init(_ number: Double?) { self = number.map(ReportValue.number) ?? .empty }
}
