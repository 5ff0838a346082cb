/// A person who works in Otklik. An executor belongs to a body; block roles to topic blocks.
public struct User: Codable, Sendable, Equatable {
    public var id: String
    public var login: String
    public var name: String
    public var role: Role
    public var bodyId: String?
    public var blockIds: [String]
    /// Where term alerts are also sent as letters (issue 4); none: in the system only.
    public var email: String?

    public init(id: String, login: String, name: String, role: Role, bodyId: String? = nil, blockIds: [String] = [], email: String? = nil) {
        self.id = id
        self.login = login
        self.name = name
        self.role = role
        self.bodyId = bodyId
        self.blockIds = blockIds
        self.email = email
    }

    public var scope: Scope { Scope.of(self) }
}
