/// A municipality found in a text, with the name it was found by and the words of the text that matched.
public struct MunicipalityMatch: Sendable, Equatable {
    public var municipalityId: String
    public var name: String
    public var words: [String]
}
