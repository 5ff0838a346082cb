import Foundation
import OtklikCore
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("The production calendar in the browser: a year's days, a term checked, next year's decree loaded")
struct CalendarPageTests {
    @Test("2026 shows 247 working days, 9 January as the decree's day off, and a term checked from a date", arguments: TestDatabase.kinds)
    func year(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let session = try await api.session("admin")
            let page = try await api.page(.get, "/admin/calendar?year=2026", cookies: ["otklik_session": session])
            #expect(page.status == .ok)
            #expect(page.html.contains("Рабочих дней: <strong>247</strong>"))
            #expect(page.html.contains("ПП РФ от 24.09.2025 № 1466"))
            #expect(page.html.contains(#"<td class="day decree" title="Выходной, перенесённый постановлением Правительства">9</td>"#))
            #expect(page.html.contains(#"<td class="day holiday" title="Нерабочий праздничный день (ТК РФ ст. 112)">1</td>"#))
            let check = try await api.page(.get, "/admin/calendar?year=2026&from=2026-12-09&days=30", cookies: ["otklik_session": session])
            #expect(check.html.contains("+30 календарных дней: <strong>30.12.2026</strong>"))
            let wrong = try await api.page(.get, "/admin/calendar?year=2026&from=09.12.2026&days=30", cookies: ["otklik_session": session])
            #expect(wrong.html.contains("Дата: ожидается ГГГГ-ММ-ДД"))
            let operatorSession = try await api.session("operator")
            #expect(try await api.page(.get, "/admin/calendar", cookies: ["otklik_session": operatorSession]).status == .forbidden)
        }
    }

    @Test("a year without a decree is said to be missing; its text loaded, terms use it; a wrong text changes nothing", arguments: TestDatabase.kinds)
    func loadNextYear(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let session = try await api.session("admin")
            let missing = try await api.page(.get, "/admin/calendar?year=2028", cookies: ["otklik_session": session])
            #expect(missing.html.contains("На 2028 год календаря нет"))
            let csrf = try #require(missing.hidden("_csrf"))

            let wrong = try await api.page(
                .post, "/admin/calendar", cookies: ["otklik_session": session], form: ["_csrf": csrf, "year": "2028", "text": "2028 | постановление\n13-45 decree"]
            )
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.html.contains("«13-45 decree»"))
            #expect(wrong.html.contains("13-45 decree</textarea>"))
            #expect(try await api.store.calendarYears().map(\.year).contains(2028) == false)

            let loaded = try await api.page(
                .post, "/admin/calendar", cookies: ["otklik_session": session],
                form: ["_csrf": csrf, "year": "2028", "text": "2028 | постановление Правительства РФ № 1\n01-10 decree"]
            )
            #expect(loaded.status == .seeOther)
            #expect(loaded.location == "/admin/calendar?year=2028&saved=2028")
            let shown = try await api.page(.get, try #require(loaded.location), cookies: ["otklik_session": session])
            #expect(shown.html.contains("Загружено в календарь: 2028"))
            #expect(shown.html.contains("загружен администратором"))
            let token = try await api.token("admin")
            let day = try await api.send(.get, "/api/v1/calendar/is-working?date=2028-01-10", token: token)
            #expect(day.object["working"] as? Bool == false)
        }
    }
}
