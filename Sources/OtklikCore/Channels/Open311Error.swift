/// An Open311 GeoReport v2 error: the HTTP status as its code (404 unknown, 403 bad key, 400 anything
/// else) and a description, here in Russian.
public struct Open311Error: Error, Sendable, Equatable {
    public var code: Int
    public var description: String

    public init(code: Int, description: String) {
        self.code = code
        self.description = description
    }

    public static func badRequest(_ description: String) -> Open311Error { Open311Error(code: 400, description: description) }
    public static func notFound(_ description: String) -> Open311Error { Open311Error(code: 404, description: description) }
}
