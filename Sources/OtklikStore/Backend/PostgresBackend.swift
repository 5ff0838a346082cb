import Foundation
import Logging
import PostgresKit
import SQLKit

/// PostgreSQL through PostgresNIO's connection pool. Writes go through group commit: concurrent
/// writes share one transaction on one connection.
final class PostgresBackend: DatabaseBackend {
    let kind = DatabaseKind.postgres
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let groupCommit: GroupCommit
    private let gate = ClosingGate()

    private init(client: PostgresClient, runner: Task<Void, Never>) {
        self.client = client
        self.runner = runner
        groupCommit = GroupCommit { body in
            try await client.withConnection { connection in
                // The advisory lock makes one writer of the event chain at a time, across every server process.
                try await SQLTransaction.run(
                    on: connection.sql(queryLogLevel: nil), begin: "BEGIN", prelude: ["SELECT pg_advisory_xact_lock(7001)"], body
                )
            }
        }
    }

    static func open(url: DatabaseURL.Postgres, logger: Logger) async throws -> PostgresBackend {
        var configuration = PostgresClient.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: .disable
        )
        configuration.options.maximumConnections = 8
        if let schema = url.schema { configuration.options.additionalStartupParameters = [("search_path", schema)] }
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        let runner = Task { await client.run() }
        let backend = PostgresBackend(client: client, runner: runner)
        // Fail fast with a clear error when the server is not there.
        _ = try await backend.read { db in try await db.raw("SELECT 1").all() }
        if let schema = url.schema {
            try await backend.read { db in try await db.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run() }
        }
        return backend
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await gate.run { try await groupCommit.write(body) }
    }

    func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await gate.run {
            try await client.withConnection { connection in
                try await body(connection.sql(queryLogLevel: nil))
            }
        }
    }

    func close() async throws {
        await gate.close()
        runner.cancel()
    }
}
