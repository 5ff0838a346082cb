import Foundation
import OtklikCore
import OtklikServer
import Testing

@Suite("The weekly analytic note: the week against the week before, with its spikes, as a page and a file")
struct WeeklyNoteTests {
    @Test("this week's eight road letters against last week's one, the spike named; the figures download as CSV")
    func note() async throws {
        try await APIHarness.run(.sqlite) { api in
            let now = Date()
            try await DashboardPageTests().seedSurge(api, now: now)
            let week = ReportWeek(containing: LocalDate(now, in: ServerConfiguration(environment: [:]).timeZone))
            let session = try await api.session("operator")
            let page = try await api.page(.get, "/reports/weekly?week=\(week.monday.iso)", cookies: ["otklik_session": session])
            #expect(page.status == .ok)
            #expect(page.html.contains("Аналитическая записка за неделю \(week.title)"))
            #expect(page.html.contains("<span class=\"label\">Всего поступило</span><span class=\"value\">8</span><span class=\"change\">+7 (+700 %) (было 1)</span>"))
            #expect(page.html.contains(">город Ростов-на-Дону · Дороги</a>"))
            let file = try await api.page(.get, "/reports/weekly/export?week=\(week.monday.iso)&format=csv", cookies: ["otklik_session": session])
            #expect(file.status == .ok)
            #expect(file.html.contains("Показатели;Всего поступило;8;1;7\r\n"))
            #expect(file.html.contains("Показатели;Доля ответов в срок, %;;;\r\n"))
            #expect(file.html.contains("Всплески;город Ростов-на-Дону · Дороги;8;1;7\r\n"))
            let document = try await api.send(.get, "/api/v1/reports/weekly?week=\(week.monday.iso)&format=docx", token: try await api.token("operator"))
            #expect(document.status == .ok)
            #expect(document.data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
            #expect(document.contentType == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            #expect(document.disposition?.hasSuffix(".docx") == true)
        }
    }

    @Test("without a week the last full one is shown; a wrong week or municipality is a Russian error")
    func defaultsAndErrors() async throws {
        try await APIHarness.run(.sqlite) { api in
            let session = try await api.session("operator")
            let today = LocalDate(Date(), in: ServerConfiguration(environment: [:]).timeZone)
            let page = try await api.page(.get, "/reports/weekly", cookies: ["otklik_session": session])
            #expect(page.html.contains("Аналитическая записка за неделю \(ReportWeek.lastFull(before: today).title)"))
            let wrong = try await api.page(.get, "/reports/weekly?week=16.11.2026&municipality=00000000", cookies: ["otklik_session": session])
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.html.contains("Ожидается дата недели в виде ГГГГ-ММ-ДД"))
            #expect(wrong.html.contains("неизвестное значение «00000000»"))
        }
    }

    @Test("the API gives the same note as numbers: the week, the headlines beside the week before, the spike with its history")
    func api() async throws {
        try await APIHarness.run(.sqlite) { api in
            let now = Date()
            try await DashboardPageTests().seedSurge(api, now: now)
            let week = ReportWeek(containing: LocalDate(now, in: ServerConfiguration(environment: [:]).timeZone))
            let token = try await api.token("operator")
            let reply = try await api.send(.get, "/api/v1/reports/weekly?week=\(week.sunday.iso)&municipality=60701000", token: token)
            #expect(reply.status == .ok)
            #expect(reply.object["from"] as? String == week.monday.iso)
            #expect(reply.object["subject"] as? String == "город Ростов-на-Дону")
            let count = (reply.object["headlines"] as? [[String: Any]])?.first
            #expect(count?["measure"] as? String == "count" && count?["value"] as? Int == 8 && count?["previous"] as? Int == 1)
            let spike = (reply.object["spikes"] as? [[String: Any]])?.first
            #expect(spike?["blockName"] as? String == "Дороги")
            #expect(spike?["history"] as? [Int] == Array(repeating: 1, count: 12))
            let wrong = try await api.send(.get, "/api/v1/reports/weekly?week=0001-01-01", token: token)
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.errorFields == ["week"])
        }
    }
}
