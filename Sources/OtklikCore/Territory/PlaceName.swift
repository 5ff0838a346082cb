/// A name by which a municipality is found in a text: its own name, its centre's or a settlement's in it.
public struct PlaceName: Sendable, Equatable {
    public var municipalityId: String
    public var name: String

    public init(municipalityId: String, name: String) {
        self.municipalityId = municipalityId
        self.name = name
    }
}
