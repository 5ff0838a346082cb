import Foundation

/// `OTKLIK_DATABASE_URL`: `sqlite:path/to/file.sqlite` or `postgres://user:pass@host:port/db[?schema=NAME]`.
public enum DatabaseURL: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(Postgres)

    public struct Postgres: Sendable, Equatable {
        public var host: String
        public var port: Int
        public var user: String
        public var password: String?
        public var database: String
        /// `?schema=NAME`: keep Otklik's tables in their own schema (created when missing).
        public var schema: String?
    }

    public static let defaultValue = "sqlite:data/otklik.sqlite"

    public init(_ text: String) throws(StoreError) {
        if text.hasPrefix("sqlite:") {
            let path = String(text.dropFirst("sqlite:".count)).replacingOccurrences(of: "//", with: "", options: .anchored)
            guard !path.isEmpty else { throw .badDatabaseURL(text) }
            self = .sqlite(path: path)
            return
        }
        guard text.hasPrefix("postgres://") || text.hasPrefix("postgresql://"),
            let components = URLComponents(string: text), let host = components.host, !host.isEmpty
        else { throw .badDatabaseURL(text) }
        let database = String(components.path.drop { $0 == "/" })
        let schema = components.queryItems?.first { $0.name == "schema" }?.value
        if let schema, schema.isEmpty || !schema.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) {
            throw .badDatabaseURL(text)
        }
        self = .postgres(
            Postgres(
                host: host, port: components.port ?? 5432, user: components.user ?? "postgres",
                password: components.password, database: database.isEmpty ? (components.user ?? "postgres") : database, schema: schema
            )
        )
    }

    public var kind: DatabaseKind {
        switch self {
        case .sqlite: .sqlite
        case .postgres: .postgres
        }
    }
}
