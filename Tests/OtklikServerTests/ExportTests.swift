import Foundation
import OtklikCore
import Testing
import ZIPFoundation

@testable import OtklikServer

@Suite("Exports: a slice as CSV and XLSX, with the same figures as the API and the page")
struct ExportTests {
    let query = "/api/v1/analytics/slice?measure=count&rows=block"

    @Test("CSV: a byte order mark, Russian names, the period's and the previous figures, the total last")
    func csv() async throws {
        try await APIHarness.run(.sqlite) { api in
            let token = try await api.token("operator")
            try await AnalyticsAPITests().seed(api, token: token)
            let reply = try await api.send(.get, query + "&format=csv", token: token)
            #expect(reply.status == .ok)
            #expect(reply.contentType == "text/csv; charset=utf-8")
            #expect(reply.data.starts(with: [0xEF, 0xBB, 0xBF]))
            #expect(reply.disposition?.contains("filename*=UTF-8''") == true)
            let lines = reply.text.dropFirst().components(separatedBy: "\r\n")
            #expect(lines[0].hasPrefix("Отраслевой блок;Всего поступило, "))
            #expect(lines[0].hasSuffix(";Обращений"))
            #expect(Array(lines[1...3]) == ["Дороги;2;;2", "Транспорт;1;;1", "Итого;3;0;3"])
        }
    }

    @Test("XLSX: a real workbook whose sheet holds the names and numbers, a frozen header and inline texts")
    func xlsx() async throws {
        try await APIHarness.run(.sqlite) { api in
            let token = try await api.token("operator")
            try await AnalyticsAPITests().seed(api, token: token)
            let reply = try await api.send(.get, query + "&format=xlsx", token: token)
            #expect(reply.status == .ok)
            #expect(reply.contentType == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            let archive = try Archive(data: reply.data, accessMode: .read)
            #expect(Set(archive.map(\.path)).isSuperset(of: ["[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml"]))
            var sheet = Data()
            _ = try archive.extract(try #require(archive["xl/worksheets/sheet1.xml"])) { sheet.append($0) }
            let xml = String(decoding: sheet, as: UTF8.self)
            #expect(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
            #expect(xml.contains("<c r=\"A2\" s=\"0\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Дороги</t></is></c><c r=\"B2\" s=\"2\"><v>2.0</v></c>"))
            #expect(xml.contains("<t xml:space=\"preserve\">Итого</t>"))
            #expect(!xml.contains("<f>"))
        }
    }

    @Test("an unknown format is a Russian 422 naming the field; the page downloads its slice or shows the error")
    func formatsAndPage() async throws {
        try await APIHarness.run(.sqlite) { api in
            let token = try await api.token("operator")
            try await AnalyticsAPITests().seed(api, token: token)
            let wrong = try await api.send(.get, query + "&format=pdf", token: token)
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.isProblem)
            #expect(wrong.errorFields == ["format"])
            #expect(try await api.send(.get, query + "&format=json", token: token).object["total"] as? Int == 3)
            let session = try await api.session("operator")
            let page = try await api.page(.get, "/analytics?rows=channel", cookies: ["otklik_session": session])
            #expect(page.html.contains("href=\"/analytics/export?rows=channel&amp;format=xlsx\""))
            let file = try await api.page(.get, "/analytics/export?rows=channel&format=csv", cookies: ["otklik_session": session])
            #expect(file.status == .ok)
            #expect(file.html.contains("Письмо;2;;2"))
            let bad = try await api.page(.get, "/analytics/export?from=01.11.2026", cookies: ["otklik_session": session])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.html.contains("Ожидается дата в виде ГГГГ-ММ-ДД"))
        }
    }

    @Test("a list as CSV has every item the filter finds across pages, in the list's order, and only what the user may see")
    func listAcrossPages() async throws {
        try await APIHarness.run(.sqlite) { api in
            let token = try await api.token("operator")
            let operatorUser = User(id: "u-op", login: "operator", name: "Оператор", role: .operator)
            let drafts = (0..<(AppealListExport.pageSize + 5)).map { index in
                AppealDraft(kind: .appeal, channel: .letter, text: "Яма у дома \(index)", municipalityId: "60701000", topicId: "roads.repair")
            }
            _ = try await api.store.intake(drafts, by: operatorUser)
            try await AnalyticsAPITests().seed(api, token: token)
            let all = try await api.send(.get, "/api/v1/appeals?format=csv&limit=1", token: token)
            #expect(all.status == .ok)
            let lines = all.text.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines[0].hasPrefix("Номер;Поступило;Вид;Канал;Статус;Муниципалитет;Отраслевой блок;Тематика;Орган"))
            let numbers = lines.dropFirst().map { $0.components(separatedBy: ";")[0] }
            #expect(numbers.count == AppealListExport.pageSize + 8)
            #expect(Set(numbers).count == numbers.count)
            let firstPage = try await api.send(.get, "/api/v1/appeals?limit=50", token: token).items.compactMap { $0["number"] as? String }
            #expect(Array(numbers.prefix(50)) == firstPage)
            let transport = try await api.send(.get, "/api/v1/appeals?format=csv&block=transport", token: token)
            let rows = transport.text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.dropFirst()
            #expect(rows.count == 1)
            #expect(rows.first?.contains(";Электронная почта;") == true)
            #expect(rows.first?.contains(";Транспорт;") == true)
            let executor = try await api.send(.get, "/api/v1/appeals?format=csv", token: try await api.token("exec2"))
            #expect(executor.text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1)
        }
    }

    @Test("a list as XLSX comes with its length, one sheet row per item after the header; the inbox links to both files")
    func listWorkbook() async throws {
        try await APIHarness.run(.sqlite) { api in
            let token = try await api.token("operator")
            try await AnalyticsAPITests().seed(api, token: token)
            let reply = try await api.send(.get, "/api/v1/appeals?format=xlsx", token: token)
            #expect(reply.status == .ok)
            let archive = try Archive(data: reply.data, accessMode: .read)
            var sheet = Data()
            _ = try archive.extract(try #require(archive["xl/worksheets/sheet1.xml"])) { sheet.append($0) }
            let xml = String(decoding: sheet, as: UTF8.self)
            #expect(xml.components(separatedBy: "<row ").count - 1 == 4)
            #expect(xml.contains(">Дороги<") && xml.contains(">город Ростов-на-Дону<"))
            let session = try await api.session("operator")
            let inbox = try await api.page(.get, "/?block=roads", cookies: ["otklik_session": session])
            #expect(inbox.html.contains("href=\"/export?block=roads&amp;format=xlsx\""))
            let file = try await api.page(.get, "/export?block=roads&format=csv", cookies: ["otklik_session": session])
            #expect(file.status == .ok)
            #expect(file.html.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 3)
        }
    }
}
