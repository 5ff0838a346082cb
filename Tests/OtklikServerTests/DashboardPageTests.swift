import Foundation
import OtklikCore
import OtklikServer
import Testing

@Suite("The dashboard and the wall: the period's picture from the slices, with the spikes of the last week")
struct DashboardPageTests {
    /// One road letter in Rostov a week for twelve weeks, then eight this week: a spike. `now` is the clock
    /// the items are placed by.
    func seedSurge(_ api: APIHarness, now: Date) async throws {
        let token = try await api.token("operator")
        var drafts: [[String: Any]] = []
        for weeksBack in 1...12 {
            var letter = APITests.letter
            letter["receivedAt"] = Timestamp.iso(now.addingTimeInterval(-Double(weeksBack) * 7 * 86_400))
            drafts.append(letter)
        }
        drafts += Array(repeating: APITests.letter, count: 8)
        for draft in drafts { #expect(try await api.send(.post, "/api/v1/appeals", token: token, json: draft).status == .created) }
    }

    @Test("a block that jumps from one item a week to eight is a spike linking to its items; the page draws SVG charts with figures on hover")
    func spikeOnDashboard() async throws {
        try await APIHarness.run(.sqlite) { api in
            let now = Date()
            try await seedSurge(api, now: now)
            let session = try await api.session("operator")
            let page = try await api.page(.get, "/dashboard", cookies: ["otklik_session": session])
            #expect(page.status == .ok)
            let today = LocalDate(now, in: ServerConfiguration(environment: [:]).timeZone)
            let weekFrom = today.adding(days: -6).iso
            let tomorrow = today.adding(days: 1).iso
            #expect(page.html.contains("<a href=\"/?municipality=60701000&amp;block=roads&amp;from=\(weekFrom)&amp;to=\(tomorrow)\">город Ростов-на-Дону · Дороги</a>"))
            #expect(page.html.contains("по неделям: 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8"))
            // Twelve items in the last 30 days: this week's eight and four weekly ones.
            #expect(page.html.contains("<span class=\"label\">Всего поступило</span><span class=\"value\">12</span>"))
            #expect(page.html.contains("<svg class=\"chart line-chart\""))
            #expect(page.html.contains("<title>\(today.russian): 8</title>"))
            #expect(page.html.contains("<title>Дороги: 12</title>"))
        }
    }

    @Test("an executor's dashboard counts only their body's items, so another body's spike is not theirs")
    func scope() async throws {
        try await APIHarness.run(.sqlite) { api in
            try await seedSurge(api, now: Date())
            let session = try await api.session("exec2")
            let page = try await api.page(.get, "/dashboard", cookies: ["otklik_session": session])
            #expect(page.status == .ok)
            #expect(page.html.contains("Необычного роста нет"))
            #expect(page.html.contains("<span class=\"label\">Всего поступило</span><span class=\"value\">0</span>"))
        }
    }

    @Test("the wall reloads itself at the asked interval; a wrong interval or period is a Russian error, not a crash")
    func wall() async throws {
        try await APIHarness.run(.sqlite) { api in
            try await seedSurge(api, now: Date())
            let session = try await api.session("operator")
            let wall = try await api.page(.get, "/wall?refresh=30", cookies: ["otklik_session": session])
            #expect(wall.status == .ok)
            #expect(wall.html.contains("<meta http-equiv=\"refresh\" content=\"30\">"))
            #expect(wall.html.contains("Ситуационный центр региона"))
            #expect(wall.html.contains("город Ростов-на-Дону · Дороги"))
            let town = try await api.page(.get, "/wall?municipality=60701000", cookies: ["otklik_session": session])
            #expect(town.html.contains("Ситуационный центр · город Ростов-на-Дону"))
            #expect(town.html.contains("content=\"60\""))
            let wrong = try await api.page(.get, "/wall?refresh=1", cookies: ["otklik_session": session])
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.html.contains("Период обновления — целое число секунд от 15 до 3600"))
            let backwards = try await api.page(.get, "/dashboard?from=2026-12-01&to=2026-11-01", cookies: ["otklik_session": session])
            #expect(backwards.status == .unprocessableContent)
            #expect(backwards.html.contains("Начало периода позже его конца"))
        }
    }
}
