import Foundation
import OtklikCore
import OtklikStore
import OtklikTestSupport
import Testing
import ZIPFoundation

@testable import OtklikServer

@Suite("The weekly note issued every Monday: once per week and territory, kept as issued")
struct WeeklyNoteIssuerTests {
    let moscow = TimeZone(identifier: "Europe/Moscow")!

    @Test("after the week ends the region's and each municipality's notes are issued once; a second run or a second process issues none")
    func issuedOnce() async throws {
        try await APIHarness.run(.sqlite) { api in
            let op = User(id: "u-op", login: "operator", name: "Оператор", role: .operator)
            var draft = AppealDraft(kind: .appeal, channel: .letter, text: "Третий день нет горячей воды", municipalityId: "60701000", topicId: "roads.repair")
            draft.receivedAt = Timestamp.parse("2026-11-18T10:00:00+03:00")
            _ = try await api.store.intake([draft], by: op, at: Timestamp.parse("2026-11-18T10:00:00+03:00")!)
            let monday = Timestamp.parse("2026-11-23T09:00:00+03:00")!
            let issuer = WeeklyNoteIssuer(store: api.store, timeZone: moscow)
            #expect(try await issuer.issueDue(at: monday) == 2)
            #expect(try await issuer.issueDue(at: monday.addingTimeInterval(3600)) == 0)
            #expect(try await WeeklyNoteIssuer(store: api.store, timeZone: moscow).issueDue(at: monday.addingTimeInterval(86_400)) == 0)
            let notes = try await api.store.issuedNotes()
            #expect(notes.map(\.week) == ["2026-11-16", "2026-11-16"])
            #expect(notes.map(\.municipalityId) == ["", "60701000"])

            let session = try await api.session("operator")
            let archive = try await api.page(.get, "/reports/weekly/archive", cookies: ["otklik_session": session])
            #expect(archive.html.contains("16–22 ноября 2026 г."))
            let page = try await api.page(.get, "/reports/weekly/archive/download?week=2026-11-16&municipality=60701000", cookies: ["otklik_session": session])
            #expect(page.status == .ok)
            let stored = try #require(try await api.store.weeklyNoteDocument(week: LocalDate(iso: "2026-11-16")!, municipalityId: "60701000"))
            #expect(SHA256Hex.of([UInt8](stored)) == notes[1].sha256)
            let zip = try Archive(data: stored, accessMode: .read)
            var xml = Data()
            _ = try zip.extract(try #require(zip["word/document.xml"])) { xml.append($0) }
            let text = String(decoding: xml, as: UTF8.self)
            #expect(text.contains("Аналитическая записка за неделю 16–22 ноября 2026 г."))
            #expect(text.contains("Город Ростов-на-Дону; сравнение с неделей 9–15 ноября 2026 г.<"))
            #expect(text.contains("Заметные случаи"))
            #expect(text.contains("Третий день нет горячей воды"))
            #expect(text.contains(">Авария<"))
            #expect(try await api.page(.get, "/reports/weekly/archive/download?week=2026-11-09", cookies: ["otklik_session": session]).status == .notFound)
            let executor = try await api.session("exec1")
            #expect(try await api.page(.get, "/reports/weekly/archive", cookies: ["otklik_session": executor]).status == .forbidden)
        }
    }

    @Test("with letters, the region's note goes to the centre's head and the city's to its body's people with an address, once each", arguments: TestDatabase.kinds)
    func lettersOnce(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let op = User(id: "u-op", login: "operator", name: "Оператор", role: .operator)
            var draft = AppealDraft(kind: .appeal, channel: .letter, text: "Яма у школы", municipalityId: "60701000", topicId: "roads.repair")
            draft.receivedAt = Timestamp.parse("2026-11-18T10:00:00+03:00")
            _ = try await api.store.intake([draft], by: op, at: Timestamp.parse("2026-11-18T10:00:00+03:00")!)
            try await api.store.add(user: User(id: "u-head", login: "head", name: "Руководитель центра", role: .centreHead, email: "head@region.ru"), passwordHash: "x")
            var city = try #require(try await api.store.users().first { $0.id == "u-e1" })
            city.email = "city@rostov.ru"
            try await api.store.update(user: city)
            var other = try #require(try await api.store.users().first { $0.id == "u-e2" })
            other.email = "transport@region.ru"
            try await api.store.update(user: other)

            let monday = Timestamp.parse("2026-11-23T09:00:00+03:00")!
            let issuer = WeeklyNoteIssuer(store: api.store, timeZone: moscow, letters: true, linkBase: "https://cur.example.ru")
            #expect(try await issuer.issueDue(at: monday) == 2)
            #expect(try await issuer.issueDue(at: monday.addingTimeInterval(3600)) == 0)
            let letters = try await api.store.outbox().filter { $0.message.kind == .weeklyNote }
            #expect(letters.map(\.recipient).sorted() == ["city@rostov.ru", "head@region.ru"])
            let head = try #require(letters.first { $0.recipient == "head@region.ru" })
            #expect(head.message.text.hasPrefix("Аналитическая записка за неделю 16–22 ноября 2026 г.: регион."))
            #expect(head.message.text.contains("https://cur.example.ru/reports/weekly?week=2026-11-16\n"))
            let cityLetter = try #require(letters.first { $0.recipient == "city@rostov.ru" })
            #expect(cityLetter.message.text.contains("https://cur.example.ru/reports/weekly?week=2026-11-16&municipality=60701000"))
        }
    }
}
