import Foundation
import OtklikCore
import OtklikStore

/// The databases every storage test runs on: a fresh SQLite file, and a fresh schema in the
/// PostgreSQL server the test script starts (`OTKLIK_TEST_POSTGRES_URL`).
enum TestDatabases {
    static var postgresURL: String? { ProcessInfo.processInfo.environment["OTKLIK_TEST_POSTGRES_URL"] }

    /// Both engines when PostgreSQL is there. Under CI its absence is a failure, not a skip.
    static var kinds: [DatabaseKind] {
        if postgresURL != nil { return [.sqlite, .postgres] }
        precondition(ProcessInfo.processInfo.environment["CI"] == nil, "CI must run the storage tests on PostgreSQL: use scripts/test.sh")
        print("note: OTKLIK_TEST_POSTGRES_URL is not set; storage tests run on SQLite only (scripts/test.sh sets it)")
        return [.sqlite]
    }

    static func url(_ kind: DatabaseKind) throws -> DatabaseURL {
        let name = "t" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        switch kind {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("otklik-tests")
            return try DatabaseURL("sqlite:\(directory.path)/\(name).sqlite")
        case .postgres:
            return try DatabaseURL("\(postgresURL ?? "")?schema=\(name)")
        }
    }

    /// A new, empty store with the default rubricator and a small territory.
    static func store(_ kind: DatabaseKind) async throws -> AppealStore {
        let store = try await AppealStore.open(try url(kind))
        try await store.save(municipalities: [
            Municipality(oktmo: "60701000", name: "город Ростов-на-Дону"), Municipality(oktmo: "60657000", name: "Цимлянский район"),
        ])
        try await store.save(rubricator: .default)
        try await store.save(bodies: [
            Body(id: "b1", name: "Администрация города", municipalityId: "60701000", blockIds: ["roads"]),
            Body(id: "b2", name: "Министерство транспорта", blockIds: ["transport"]),
        ])
        for user in users.values {
            try await store.add(user: user, passwordHash: "not-a-real-hash")
        }
        return store
    }

    static let users: [String: User] = [
        "operator": User(id: "u-op", login: "operator", name: "Оператор", role: .operator),
        "exec1": User(id: "u-e1", login: "exec1", name: "Исполнитель 1", role: .executor, bodyId: "b1"),
        "exec2": User(id: "u-e2", login: "exec2", name: "Исполнитель 2", role: .executor, bodyId: "b2"),
        "roads": User(id: "u-bh", login: "roads", name: "Руководитель блока дорог", role: .blockHead, blockIds: ["roads"]),
    ]

    static func user(_ login: String) -> User { users[login]! }

    static func draft(_ text: String = "Яма на ул. Садовой у дома 5", channel: Channel = .letter, externalId: String? = nil) -> AppealDraft {
        AppealDraft(kind: .appeal, channel: channel, externalId: externalId, text: text, municipalityId: "60701000", topicId: "roads.repair")
    }
}
