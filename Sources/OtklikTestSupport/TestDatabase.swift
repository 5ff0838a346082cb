import Foundation
import OtklikStore

/// Where tests get their databases: a fresh SQLite file, or a fresh schema in the PostgreSQL
/// server the test script starts (`OTKLIK_TEST_POSTGRES_URL`). Used by test targets only.
public enum TestDatabase {
    static var postgresURL: String? { ProcessInfo.processInfo.environment["OTKLIK_TEST_POSTGRES_URL"] }

    /// Both engines when PostgreSQL is there. Under CI its absence is a failure, not a skip.
    public static var kinds: [DatabaseKind] {
        if postgresURL != nil { return [.sqlite, .postgres] }
        precondition(ProcessInfo.processInfo.environment["CI"] == nil, "CI must run the storage tests on PostgreSQL: use scripts/test.sh")
        print("note: OTKLIK_TEST_POSTGRES_URL is not set; database tests run on SQLite only (scripts/test.sh sets it)")
        return [.sqlite]
    }

    /// A URL no other test uses.
    public static func url(_ kind: DatabaseKind) throws -> DatabaseURL {
        try DatabaseURL(urlText(kind))
    }

    /// The same as `url`, as the text `--database` and `OTKLIK_DATABASE_URL` take.
    public static func urlText(_ kind: DatabaseKind) -> String {
        let name = "t" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        switch kind {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("otklik-tests")
            return "sqlite:\(directory.path)/\(name).sqlite"
        case .postgres:
            return "\(postgresURL ?? "")?schema=\(name)"
        }
    }
}
