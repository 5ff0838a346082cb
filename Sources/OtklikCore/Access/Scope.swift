/// What part of the region's appeals a user sees and acts on.
public enum Scope: Sendable, Equatable {
    /// The whole region: the centre's roles.
    case all
    /// Appeals routed to one body: an executor.
    case body(String)
    /// Appeals of some topic blocks: block roles.
    case blocks(Set<String>)

    /// The one rule mapping a user to a scope (issue 2, Roles).
    public static func of(_ user: User) -> Scope {
        if user.role.isCentreWide { return .all }
        if user.role == .executor { return .body(user.bodyId ?? "") }
        return .blocks(Set(user.blockIds))
    }

    public func contains(_ appeal: Appeal) -> Bool {
        switch self {
        case .all: true
        case .body(let id): !id.isEmpty && appeal.bodyId == id
        case .blocks(let ids): appeal.blockId.map(ids.contains) ?? false
        }
    }
}
