/// One invalid field: a JSON pointer-like path and a Russian message for the user.
public struct FieldError: Codable, Sendable, Equatable, Error {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}
