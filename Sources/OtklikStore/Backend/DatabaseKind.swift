/// Which database engine a store runs on.
public enum DatabaseKind: String, Sendable {
    case sqlite
    case postgres
}
