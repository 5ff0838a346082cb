import Foundation
import OtklikCore
import OtklikTestSupport
import Testing

@testable import OtklikStore

@Suite("Term alerts by e-mail: a letter to each reached user with an address, in the alert's transaction, once")
struct AlertLettersStoreTests {
    @Test("an escalation goes as one letter to the block head and one to the centre's operator; raised again, nothing new", arguments: TestDatabases.kinds)
    func lettersOnce(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let op = TestDatabases.user("operator")
        var head = TestDatabases.user("roads")
        head.email = "roads@region.ru"
        try await store.update(user: head)
        var operatorWithMail = op
        operatorWithMail.email = "op@region.ru"
        try await store.update(user: operatorWithMail)
        // A second operator with an address but blocked: a user who left gets nothing.
        let left = User(id: "u-left", login: "left", name: "Ушедший", role: .operator, email: "left@region.ru")
        try await store.add(user: left, passwordHash: "not-a-real-hash")
        try await store.setBlocked(userId: left.id, true)
        store.setPublicBaseURL("https://cur.example.ru")

        var late = TestDatabases.draft("Просроченное")
        late.receivedAt = Timestamp.now().addingTimeInterval(-10 * 86_400)
        let appeal = try await store.intake([late], by: op)[0].appeal
        #expect(try await store.raiseTermAlerts(soon: 3600, letters: true) == 2)
        let letters = try await store.outbox().filter { $0.message.kind == .alert }
        #expect(letters.map(\.recipient).sorted() == ["op@region.ru", "roads@region.ru"])
        #expect(letters.allSatisfy { $0.channel == .email })
        #expect(letters.allSatisfy { $0.message.text.contains("Просрочено: по обращению \(appeal.number)") })
        #expect(letters.allSatisfy { $0.message.text.contains("https://cur.example.ru/appeals/\(appeal.id)") })

        #expect(try await store.raiseTermAlerts(soon: 3600, letters: true) == 0)
        #expect(try await store.outbox().filter { $0.message.kind == .alert }.count == 2)
        try await store.close()
    }

    @Test("without letters the alerts are raised in the system only", arguments: TestDatabases.kinds)
    func noLettersWithoutMail(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        var head = TestDatabases.user("roads")
        head.email = "roads@region.ru"
        try await store.update(user: head)
        var late = TestDatabases.draft("Просроченное")
        late.receivedAt = Timestamp.now().addingTimeInterval(-10 * 86_400)
        _ = try await store.intake([late], by: TestDatabases.user("operator"))
        #expect(try await store.raiseTermAlerts(soon: 3600) == 2)
        #expect(try await store.outbox().isEmpty)
        try await store.close()
    }

    @Test("a user's e-mail is stored, read back and changed", arguments: TestDatabases.kinds)
    func emailStored(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        var exec = TestDatabases.user("exec1")
        #expect(try await store.users().first { $0.id == exec.id }?.email == nil)
        exec.email = "exec1@city.ru"
        try await store.update(user: exec)
        #expect(try await store.users().first { $0.id == exec.id }?.email == "exec1@city.ru")
        try await store.close()
    }
}
