/// A row of a history file that cannot be taken in: its line in the file (the header is line 1) and why.
public struct ImportProblem: Error, Sendable, Equatable, Codable {
    public var line: Int
    public var errors: [FieldError]

    public init(line: Int, errors: [FieldError]) {
        self.line = line
        self.errors = errors
    }
}
