/// A municipality (муниципальное образование) of the region, identified by its ОКТМО code.
public struct Municipality: Codable, Sendable, Equatable, Hashable {
    /// The 8-digit ОКТМО code of the municipal level; also the municipality's id.
    public var oktmo: String
    public var name: String
    /// Administrative centre, used for the demo map and address hints.
    public var centre: GeoPoint?
    public var population: Int?

    public var id: String { oktmo }

    public init(oktmo: String, name: String, centre: GeoPoint? = nil, population: Int? = nil) {
        self.oktmo = oktmo
        self.name = name
        self.centre = centre
        self.population = population
    }
}
