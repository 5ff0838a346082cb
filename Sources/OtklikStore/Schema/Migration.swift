/// One versioned step of the schema. Statements are portable SQL that both SQLite and PostgreSQL accept.
struct Migration: Sendable {
    var version: Int64
    var name: String
    var statements: [String]
}
