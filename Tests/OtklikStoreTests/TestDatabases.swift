import Foundation
import OtklikCore
import OtklikStore
import OtklikTestSupport

/// Stores for the storage tests, on every engine `TestDatabase.kinds` names.
enum TestDatabases {
    static var kinds: [DatabaseKind] { TestDatabase.kinds }

    /// A new, empty store with the default rubricator and a small territory.
    static func store(_ kind: DatabaseKind) async throws -> AppealStore {
        let store = try await AppealStore.open(try TestDatabase.url(kind))
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
