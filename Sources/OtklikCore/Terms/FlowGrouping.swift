/// The cut of the § 5.2 counts: by topic block (отрасль), municipality or responsible body.
public enum FlowGrouping: String, Codable, Sendable, CaseIterable {
    case block
    case municipality
    case body

    public func key(of appeal: Appeal) -> String? {
        switch self {
        case .block: appeal.blockId
        case .municipality: appeal.municipalityId
        case .body: appeal.bodyId
        }
    }
}
