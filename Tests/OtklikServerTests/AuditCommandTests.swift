import Foundation
import OtklikCore
import OtklikTestSupport
import SQLKit
import Testing

@testable import OtklikStore

@Suite("otklik audit verify: the event chain walked from the command line, with its progress")
struct AuditCommandTests {
    /// Runs `otklik audit verify <arguments>` and returns its exit status and output.
    func verify(_ arguments: [String]) async throws -> (status: Int32?, output: String) {
        try await ServerProcess.command(["audit", "verify"] + arguments)
    }

    @Test("a whole chain passes with its count and progress; an event changed in the database is named, and the exit status is 2")
    func wholeThenChanged() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("otklik-audit-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: file) }
        let database = "sqlite:" + file.path
        let (store, _) = try await ServerProcess.regionWithLetters(database, (0..<3).map { "Яма на дороге \($0)" })
        try await store.close()

        let whole = try await verify(["--database", database, "--progress-every", "1"])
        #expect(whole.status == 0, "\(whole.output)")
        #expect(whole.output.contains("Проверяю цепочку журнала: событий — 3."))
        #expect(whole.output.contains("проверено 3 из 3 (100 %)"))
        #expect(whole.output.contains("Цепочка цела: проверено событий — 3"))
        let mark = try #require(whole.output.split(separator: "\n").first { $0.hasPrefix("Запишите для следующей проверки (--expect): ") })
            .split(separator: " ").last.map(String.init)
        #expect(mark?.hasPrefix("3:") == true)
        #expect(try await verify(["--database", database, "--expect", try #require(mark)]).status == 0)
        // The log grows after the mark was taken: the old mark still holds, and the new one is further on.
        let growing = try await AppealStore.open(try DatabaseURL(database))
        let more = ["Яма на дороге ещё", "Яма у остановки"].map {
            AppealDraft(kind: .appeal, channel: .letter, text: $0, municipalityId: "60701000", topicId: "roads.repair")
        }
        _ = try await growing.intake(more, by: ServerProcess.operatorUser)
        try await growing.close()
        let grown = try await verify(["--database", database, "--expect", try #require(mark)])
        #expect(grown.status == 0, "\(grown.output)")
        #expect(grown.output.contains("(--expect): 5:"))

        let tampered = try await AppealStore.open(try DatabaseURL(database))
        try await tampered.backend.write { db in
            try await db.raw("UPDATE events SET payload = REPLACE(payload, 'Яма', 'Ямка') WHERE seq = 2").run()
        }
        try await tampered.close()
        let changed = try await verify(["--database", database])
        #expect(changed.status == 2)
        #expect(changed.output.contains("ЦЕПОЧКА НАРУШЕНА: первое нарушение — событие №2: содержимое события изменено"))
        #expect(changed.output.contains("Проверено до него: 1."))
        #expect(!changed.output.contains("Запишите"))
    }

    @Test("an event recorded by an earlier check and since cut off, or rewritten with its hash made anew, is found")
    func recordedEventCutOffOrRewritten() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("otklik-audit-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: file) }
        let database = "sqlite:" + file.path
        let (store, taken) = try await ServerProcess.regionWithLetters(database, (0..<3).map { "Нет света в подъезде \($0)" })
        let second = try #require(try await store.history(of: taken[1].appeal.id).first)
        let third = try #require(try await store.eventHash(seq: 3))
        // Cut off: without its last event the chain is still whole by itself; only the recorded mark tells.
        try await store.executeRaw("DELETE FROM events WHERE seq = 3")
        #expect(try await verify(["--database", database]).status == 0)
        let cut = try await verify(["--database", database, "--expect", "3:\(third)"])
        #expect(cut.status == 2)
        #expect(cut.output.contains("событие №3 было записано с хешем \(third), теперь его нет: журнал укорочен"))
        // Rewritten: event 2's text changed and its hash computed anew, as an intruder who knows the scheme would.
        var forged = second
        forged.payload = second.payload.replacingOccurrences(of: "Нет света", with: "Есть свет")
        forged.hash = EventChain.hash(
            seq: forged.seq, appealId: forged.appealId, at: forged.at, actorId: forged.actorId, type: forged.type,
            payload: forged.payload, prevHash: forged.prevHash
        )
        #expect(forged.payload != second.payload)
        let (payload, hash) = (forged.payload, forged.hash)
        try await store.backend.write { db in
            try await db.raw("UPDATE events SET payload = \(bind: payload), hash = \(bind: hash) WHERE seq = 2").run()
        }
        try await store.close()
        #expect(try await verify(["--database", database]).status == 0)
        let rewritten = try await verify(["--database", database, "--expect", "2:\(second.hash)"])
        #expect(rewritten.status == 2)
        #expect(rewritten.output.contains("событие №2 было записано с хешем \(second.hash), теперь его хеш другой: журнал переписан"))
    }

    @Test("a recorded mark that is not N:HASH is a Russian error naming the form")
    func markMustBeNumberAndHash() async throws {
        let reply = try await verify(["--expect", "3:XYZ", "--database", "sqlite:/nonexistent/never.sqlite"])
        #expect(reply.status != 0)
        #expect(reply.output.contains("--expect ожидает номер события и его хеш через двоеточие"))
    }

    @Test("a progress step that is not positive is a Russian error")
    func progressStepMustBePositive() async throws {
        let reply = try await verify(["--progress-every", "0", "--database", "sqlite:/nonexistent/never.sqlite"])
        #expect(reply.status != 0)
        #expect(reply.output.contains("--progress-every должно быть больше нуля"))
    }
}
