/// An item the weekly note names by itself (issue 7: «notable cases»), with why.
public struct NotableCase: Sendable, Equatable {
    public var appealId: String
    public var number: String
    public var municipalityId: String?
    public var blockId: String?
    public var summary: String
    public var status: AppealStatus
    /// «Угроза жизни и здоровью», «Возобновлено после ответа», …
    public var reasons: [String]
}
