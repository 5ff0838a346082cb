import Foundation
import OtklikCore
import Testing

@Suite("History import: columns found by their usual names, each row read as intake reads a draft, every fault named with its column")
struct HistoryImportTests {
    let moscow = TimeZone(identifier: "Europe/Moscow")!
    let municipalities = [Municipality(oktmo: "60701000", name: "город Ростов-на-Дону")]
    let header = ["Номер", "Дата поступления", "Текст обращения", "Тематика", "МО", "Широта", "Долгота", "Примечание"]

    func reading(_ given: [ImportField: String] = [:]) throws -> HistoryImport {
        HistoryImport(
            mapping: try ImportMapping.of(header: header, given: given), header: header, kind: .appeal, channel: .letter, timeZone: moscow,
            municipalities: municipalities,
            validator: AppealDraftValidator(municipalityIds: Set(municipalities.map(\.id)), rubricator: .default)
        )
    }

    @Test("the usual Russian column names are found; a column no field takes is reported; a given column the file lacks is an error")
    func mapping() throws {
        let mapping = try ImportMapping.of(header: header)
        #expect(mapping.columns[.externalId] == 0)
        #expect(mapping.columns[.receivedAt] == 1)
        #expect(mapping.columns[.text] == 2)
        #expect(mapping.columns[.municipality] == 4)
        #expect(mapping.unused == ["Примечание"])
        #expect(throws: ValidationFailure.self) { try ImportMapping.of(header: header, given: [.address: "Адрес"]) }
        #expect(throws: ValidationFailure.self) { try ImportMapping.of(header: ["Дата"]) }
        #expect(try ImportMapping.of(header: header, given: [.municipality: ""]).columns[.municipality] == nil)
        #expect(try ImportMapping.given(["text=Текст жалобы", "municipality="]) == [.text: "Текст жалобы", .municipality: ""])
        #expect(throws: ValidationFailure.self) { try ImportMapping.given(["colour=Цвет"]) }
        #expect(throws: ValidationFailure.self) { try ImportMapping.given(["text"]) }
    }

    @Test("a good row: the date in the region's zone, the topic and municipality by name, a decimal comma in the point")
    func goodRow() throws {
        let row = ["17-001", "18.10.2025 15:39", "Яма на дороге", "Ремонт дорог и ямы", "Город Ростов-на-Дону", "47,2357", "39,7015", ""]
        let draft = try reading().draft(row, line: 2, now: Fixtures.now).get()
        #expect(draft.externalId == "17-001")
        #expect(draft.receivedAt == Timestamp.parse("2025-10-18T15:39:00+03:00"))
        #expect(draft.topicId == "roads.repair")
        #expect(draft.municipalityId == "60701000")
        #expect(draft.point == GeoPoint(lat: 47.2357, lon: 39.7015))
        #expect(draft.kind == .appeal)
        #expect(draft.channel == .letter)
    }

    @Test("a bad row names every fault with its column; a row without its own id is keyed by its content, the same wherever it stands")
    func badRow() throws {
        let row = ["", "31.02.2026", "", "Нет такой темы", "Марс", "47", "", ""]
        guard case .failure(let problem) = try reading().draft(row, line: 7, now: Fixtures.now) else {
            Issue.record("expected a failure")
            return
        }
        #expect(problem.line == 7)
        #expect(problem.errors.map(\.field) == ["Дата поступления", "МО", "Тематика", "Широта", "Текст обращения"])
        let text = try reading().draft(["", "", "", "", "", "", "", ""], line: 8, now: Fixtures.now)
        guard case .failure(let empty) = text else {
            Issue.record("expected a failure")
            return
        }
        #expect(empty.errors.map(\.field) == ["Текст обращения"])
        let plain = ["", "", "Текст", "", "", "", "", ""]
        let unnumbered = try reading().draft(plain, line: 9, now: Fixtures.now).get()
        #expect(unnumbered.externalId == HistoryImport.key(plain))
        #expect(try reading().draft(plain, line: 90, now: Fixtures.now).get().externalId == unnumbered.externalId)
        #expect(HistoryImport.key(plain) != HistoryImport.key(["", "", "Текст ", "", "", "", "", ""]))
    }

    @Test("dates as exports write them: Russian with or without time, ISO local or with an offset; impossible ones are refused")
    func dates() {
        func date(_ text: String) -> Date? { HistoryImport.date(text, timeZone: moscow) }
        #expect(date("18.10.2020") == Timestamp.parse("2020-10-18T00:00:00+03:00"))
        #expect(date("18.10.2020 15:39:34") == Timestamp.parse("2020-10-18T15:39:34+03:00"))
        #expect(date("2020-10-18T15:39:34") == Timestamp.parse("2020-10-18T15:39:34+03:00"))
        #expect(date("2020-10-18T12:39:34Z") == Timestamp.parse("2020-10-18T15:39:34+03:00"))
        #expect(date("2020-10-18T15:39:34+05:00") == Timestamp.parse("2020-10-18T13:39:34+03:00"))
        #expect(date("30.02.2020") == nil)
        #expect(date("вчера") == nil)
        #expect(date("18.10.2020 25:00") == nil)
    }
}
