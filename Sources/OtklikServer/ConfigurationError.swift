/// A setting that cannot be used, said in Russian for the operator who set it.
public struct ConfigurationError: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
