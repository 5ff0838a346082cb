/// The planned value of one indicator for a year, for the region ("") or one municipality, in the
/// measure's own unit (a share as 0…1), entered by an administrator.
public struct IndicatorPlan: Sendable, Equatable, Codable {
    public var year: Int
    public var municipalityId: String
    public var indicatorId: String
    public var value: Double

    public init(year: Int, municipalityId: String, indicatorId: String, value: Double) {
        self.year = year
        self.municipalityId = municipalityId
        self.indicatorId = indicatorId
        self.value = value
    }
}
