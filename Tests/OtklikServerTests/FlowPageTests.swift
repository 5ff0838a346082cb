import Foundation
import OtklikCore
import OtklikServer
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("The § 5.2 counts in the browser: new, repeated, overdue and postponed per block for a period")
struct FlowPageTests {
    @Test("two letters today count as two new under «Дороги», the same figures as the API; a reversed period is refused", arguments: TestDatabase.kinds)
    func countsAndErrors(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let operatorUser = User(id: "u-op", login: "operator", name: "Оператор", role: .operator)
            let drafts = ["Яма у дома 3", "Яма у дома 5"].map {
                AppealDraft(kind: .appeal, channel: .letter, text: $0, municipalityId: "60701000", topicId: "roads.repair")
            }
            _ = try await api.store.intake(drafts, by: operatorUser)
            let today = LocalDate(Date(), in: ServerConfiguration().timeZone)
            let session = try await api.session("operator")
            let page = try await api.page(
                .get, "/flow?from=\(today.adding(days: -1).iso)&to=\(today.adding(days: 1).iso)&by=block", cookies: ["otklik_session": session]
            )
            #expect(page.status == .ok)
            #expect(page.html.contains(#"<tr><td>Дороги</td><td class="num">2</td><td class="num">0</td><td class="num">0</td><td class="num">0</td></tr>"#))
            #expect(page.html.contains(#"<tr><th>Всего</th><th class="num">2</th>"#))

            let reversed = try await api.page(.get, "/flow?from=\(today.iso)&to=\(today.adding(days: -3).iso)", cookies: ["otklik_session": session])
            #expect(reversed.status == .unprocessableContent)
            #expect(reversed.html.contains("Конец периода позже начала"))
            #expect(!reversed.html.contains("<table"))
        }
    }

    @Test("the inbox keeps «только со сроком на исходе» ticked when filtered by it", arguments: TestDatabase.kinds)
    func dueSoonFilter(kind: DatabaseKind) async throws {
        try await APIHarness.run(kind) { api in
            let session = try await api.session("operator")
            let page = try await api.page(.get, "/?dueSoon=true", cookies: ["otklik_session": session])
            #expect(page.status == .ok)
            #expect(page.html.contains(#"name="dueSoon" value="true" checked"#))
        }
    }
}
