/// Whom a term alert is for: one user, everyone of a body, of a topic block, or the centre.
public enum AlertRecipient: Sendable, Hashable {
    case user(String)
    case body(String)
    case block(String)
    case centre

    /// The stored form: `user:ID`, `body:ID`, `block:ID`, `centre`.
    public var key: String {
        switch self {
        case .user(let id): "user:\(id)"
        case .body(let id): "body:\(id)"
        case .block(let id): "block:\(id)"
        case .centre: "centre"
        }
    }

    /// The keys that reach `user`: their own, their body's, their blocks', and the centre's for centre roles.
    public static func keys(reaching user: User) -> [String] {
        var keys = [AlertRecipient.user(user.id).key]
        if let body = user.bodyId { keys.append(AlertRecipient.body(body).key) }
        keys += user.blockIds.map { AlertRecipient.block($0).key }
        if user.role.isCentreWide { keys.append(AlertRecipient.centre.key) }
        return keys
    }
}
