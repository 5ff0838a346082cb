/// The human-readable registration number of an appeal, e.g. `ЦУР-2026-000123`.
public struct PublicNumber: Sendable, Equatable {
    public var prefix: String
    public var year: Int
    public var sequence: Int

    public init(prefix: String = "ЦУР", year: Int, sequence: Int) {
        self.prefix = prefix
        self.year = year
        self.sequence = sequence
    }

    public var formatted: String {
        let digits = String(sequence)
        let padded = String(repeating: "0", count: max(0, 6 - digits.count)) + digits
        return "\(prefix)-\(year)-\(padded)"
    }
}
