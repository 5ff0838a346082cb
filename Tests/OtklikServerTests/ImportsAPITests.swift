import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import OtklikCore
import OtklikStore
import OtklikTestSupport
import Testing

@testable import OtklikServer

@Suite("History import over the API: a dry run names every bad row and writes nothing; an import run again adds nothing twice")
struct ImportsAPITests {
    /// An import is one long request (5,000 rows in one): it goes through the client that waits as long as the
    /// process tests' one does, not the harness's, which gives up after 20 seconds with every suite running.
    func post(_ api: APIHarness, _ query: String, _ body: Data, token: String) async throws -> APIHarness.Reply {
        let port = try #require(api.client.port)
        let (status, contentType, data) = try await ServerProcess.withClient(port: port) { client in
            let response = try await client.execute(
                TestClient.Request(
                    "/api/v1/imports" + query, method: .post, headers: [.authorization: "Bearer \(token)", .contentType: "text/csv"],
                    body: ByteBuffer(bytes: body)
                )
            )
            return (response.status, response.headers[.contentType], Data((response.body ?? ByteBuffer()).readableBytesView))
        }
        return APIHarness.Reply(
            status: status, contentType: contentType, json: try? JSONSerialization.jsonObject(with: data), text: String(decoding: data, as: UTF8.self), data: data
        )
    }

    /// A Russian Excel's CSV: a byte order mark, semicolons, dates as ДД.ММ.ГГГГ; row 4 (the third) is bad.
    static let file = """
        \u{FEFF}Номер;Дата поступления;Текст обращения;Тематика;Муниципальное образование
        Б-1;01.10.2026 09:15;Не вывозят мусор с площадки у дома 3;Вывоз мусора;город Ростов-на-Дону
        Б-2;02.10.2026;Яма на дороге;Ремонт дорог и ямы;60701000
        Б-3;32.10.2026;;Ремонт дорог и ямы;Марс
        """.replacingOccurrences(of: "\n", with: "\r\n")

    @Test("a dry run reports the bad row with its line and every fault and writes nothing; the import takes the good rows, once",
          arguments: TestDatabase.kinds)
    func dryRunThenImport(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let token = try await api.token("operator")
            let dry = try await post(api, "?dryRun=true", Data(Self.file.utf8), token: token)
            #expect(dry.status == .ok)
            #expect(dry.object["rows"] as? Int == 3)
            #expect(dry.object["valid"] as? Int == 2)
            #expect(dry.object["created"] as? Int == 0)
            let problems = try #require(dry.object["problems"] as? [[String: Any]])
            #expect(problems.map { $0["line"] as? Int } == [4])
            let fields = (problems.first?["errors"] as? [[String: Any]])?.compactMap { $0["field"] as? String }
            #expect(fields == ["Дата поступления", "Муниципальное образование", "Текст обращения"])
            #expect(try await api.counts().appeals == 0)

            let first = try await post(api, "", Data(Self.file.utf8), token: token)
            #expect(first.object["created"] as? Int == 2)
            let again = try await post(api, "", Data(Self.file.utf8), token: token)
            #expect(again.object["created"] as? Int == 0)
            #expect(again.object["existing"] as? Int == 2)
            #expect(try await api.counts().appeals == 2)
            let page = try await api.store.list(AppealFilter(channel: .letter), visibleTo: .all, limit: 10, after: nil)
            let waste = try #require(page.items.first { $0.externalId == "Б-1" })
            #expect(waste.topicId == "tko.collection")
            #expect(waste.receivedAt == Timestamp.parse("2026-10-01T09:15:00+03:00"))
        }
    }

    @Test("a windows-1251 file is read; a file without a text column, or an operator's role that does not take items in, is refused")
    func encodingsAndRefusals() async throws {
        try await APIHarness.run(.sqlite) { api in
            let token = try await api.token("operator")
            let cp1251 = try #require("Текст;Адрес\r\nНе горит фонарь;ул. Мира, 5\r\n".data(using: .windowsCP1251))
            let reply = try await post(api, "?kind=message&channel=phone", cp1251, token: token)
            #expect(reply.object["created"] as? Int == 1)
            let item = try #require(try await api.store.list(AppealFilter(channel: .phone), visibleTo: .all, limit: 1, after: nil).items.first)
            #expect(item.text == "Не горит фонарь")
            #expect(item.kind == .message)
            #expect(item.address == "ул. Мира, 5")
            let noText = try await post(api, "", Data("Дата;Адрес\r\n01.10.2026;ул. Мира\r\n".utf8), token: token)
            #expect(noText.status == .unprocessableContent)
            #expect(noText.isProblem)
            let media = try await post(api, "", Data(Self.file.utf8), token: try await api.token("media"))
            #expect(media.status == .forbidden)
        }
    }

    @Test("the 5,000 real appeals of «Наш Санкт-Петербург» import with their ids, dates and points; run again, none is added",
          arguments: TestDatabase.kinds)
    func realSample(kind: DatabaseKind) async throws {
        let data = try Data(contentsOf: SharedData.url("appeals-spb-nashgorod/spb_sample5000.csv"))
        try await APIHarness.run(kind) { api in
            let token = try await api.token("operator")
            // The file's municipalities are St Petersburg's okrugs, not the test region's: that column is left out.
            let reply = try await post(api, "?kind=message&channel=web_form&map=municipality=", data, token: token)
            #expect(reply.status == .ok)
            #expect(reply.object["rows"] as? Int == 5000)
            let valid = try #require(reply.object["valid"] as? Int)
            let problems = reply.object["problems"] as? [[String: Any]] ?? []
            #expect(valid + problems.count == 5000)
            #expect(valid > 4900)
            #expect(reply.object["created"] as? Int == valid)
            #expect((reply.object["unusedColumns"] as? [String])?.sorted() == ["category", "city_object", "district", "municipality", "reason"])
            let item = try #require(try await api.store.list(AppealFilter(channel: .webForm), visibleTo: .all, limit: 5000, after: nil).items
                .first { $0.externalId == "2948045" })
            #expect(item.text == "После завершения работ остался брошенным на газоне фрагмент опоры ЛЭП")
            #expect(item.receivedAt == Timestamp.parse("2020-10-18T15:39:34+03:00"))
            #expect(item.point == GeoPoint(lat: 59.9924049, lon: 30.3205466))
            let again = try await post(api, "?kind=message&channel=web_form&map=municipality=", data, token: token)
            #expect(again.object["created"] as? Int == 0)
            #expect(again.object["existing"] as? Int == valid)
        }
    }
}

@Suite("History import of an Excel workbook: its first sheet read like the CSV, dates and empty cells as Excel writes them")
struct XLSXImportTests {
    /// A workbook made by the exports' writer: inline strings, dates as day numbers in a date style, a cell left out.
    static func workbook() throws -> Data {
        let writer = try XLSXWriter(
            columns: [ReportColumn("Номер", .text), ReportColumn("Дата поступления", .date), ReportColumn("Текст обращения", .text),
                      ReportColumn("Муниципальное образование", .text)],
            widths: [10, 12, 40, 20]
        )
        try writer.append([.text("X-1"), .date(LocalDate(iso: "2026-10-01")!), .text("Не вывозят мусор у дома 3"), .text("город Ростов-на-Дону")])
        try writer.append([.text("X-2"), .empty, .text("Яма на дороге"), .text("60701000")])
        try writer.append([.text("X-3"), .date(LocalDate(iso: "2026-10-03")!), .empty, .text("Марс")])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: file) }
        try writer.finish(to: file)
        return try Data(contentsOf: file)
    }

    @Test("a workbook's rows are taken in with their dates; the bad row is named by its line; run again, nothing is added", arguments: TestDatabase.kinds)
    func workbookImport(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let token = try await api.token("operator")
            let data = try Self.workbook()
            let dry = try await ImportsAPITests().post(api, "?dryRun=true", data, token: token)
            #expect(dry.status == .ok)
            #expect(dry.object["rows"] as? Int == 3)
            #expect(dry.object["valid"] as? Int == 2)
            let problems = try #require(dry.object["problems"] as? [[String: Any]])
            #expect(problems.map { $0["line"] as? Int } == [4])
            let done = try await ImportsAPITests().post(api, "", data, token: token)
            #expect(done.object["created"] as? Int == 2)
            let again = try await ImportsAPITests().post(api, "", data, token: token)
            #expect(again.object["created"] as? Int == 0)
            #expect(again.object["existing"] as? Int == 2)
            let list = try await api.send(.get, "/api/v1/appeals", token: token)
            let received = try #require(list.items.first { $0["externalId"] as? String == "X-1" }?["receivedAt"] as? String)
            #expect(received.hasPrefix("2026-09-30T21:00:00"))
        }
    }

    @Test("a file that starts like a workbook but is not one is a Russian 422 that writes nothing", arguments: TestDatabase.kinds)
    func brokenWorkbook(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let token = try await api.token("operator")
            let reply = try await ImportsAPITests().post(api, "", Data([0x50, 0x4B, 0x03, 0x04]) + Data("не книга".utf8), token: token)
            #expect(reply.status == .unprocessableContent)
            #expect(reply.text.contains("Файл не читается как книга Excel (XLSX)"))
            #expect(try await api.counts().appeals == 0)
        }
    }
}
