import Foundation
import OtklikCore
import OtklikStore
import OtklikTestSupport
import Testing

@Suite("A municipality's populated places on the administrator's page: edited by hand or loaded from ОКТМО")
struct MunicipalityPlacesPageTests {
    static let cimlyansky = Municipality(oktmo: "60657000", name: "Цимлянский район")

    func admin(_ api: APIHarness) async throws -> (session: String, csrf: String) {
        try await api.store.save(municipalities: [Self.cimlyansky])
        let session = try await api.session("admin")
        let page = try await api.page(.get, "/admin/municipalities", cookies: ["otklik_session": session])
        return (session, try #require(page.hidden("_csrf")))
    }

    @Test("places typed one per line are saved with the municipality, counted in the list and shown when it is edited")
    func editedByHand() async throws {
        try await APIHarness.run(.sqlite) { api in
            let (session, csrf) = try await admin(api)
            let saved = try await api.page(
                .post, "/admin/municipalities", cookies: ["otklik_session": session],
                form: ["_csrf": csrf, "oktmo": "60657000", "name": "Цимлянский район", "places": "ст-ца Калининская\r\nг Цимлянск\r\n\r\n"]
            )
            #expect(saved.status == .seeOther)
            #expect(try await api.store.places() == ["60657000": ["г Цимлянск", "ст-ца Калининская"]])
            let edit = try await api.page(.get, "/admin/municipalities?edit=60657000", cookies: ["otklik_session": session])
            #expect(edit.html.contains("г Цимлянск\nст-ца Калининская</textarea>"))
            let list = try await api.page(.get, "/admin/municipalities", cookies: ["otklik_session": session])
            #expect(list.html.contains("<td>Цимлянский район</td><td>—</td><td>—</td><td>2</td>"))
        }
    }

    @Test("the two ОКТМО lists, the second in windows-1251, load the places of the directory's municipalities")
    func loadedFromOKTMO() async throws {
        try await APIHarness.run(.sqlite) { api in
            let (session, csrf) = try await admin(api)
            let formations = try Data(contentsOf: SharedData.url("oktmo/tom3_oktmo_1.csv"))
            let settlements = try #require(
                String(decoding: try Data(contentsOf: SharedData.url("oktmo/tom3_oktmo_2.csv")), as: UTF8.self).data(using: .windowsCP1251)
            )
            let loaded = try await api.multipart(
                "/admin/municipalities/places", cookies: ["otklik_session": session], fields: [("_csrf", csrf)],
                files: [
                    .init(field: "formations", fileName: "tom3_oktmo_1.csv", contentType: "text/csv", data: formations),
                    .init(field: "settlements", fileName: "tom3_oktmo_2.csv", contentType: "text/csv", data: settlements),
                ]
            )
            #expect(loaded.status == .seeOther)
            let places = try await api.store.places()
            #expect(places["60657000"]?.contains("ст-ца Калининская") == true)
            let list = try await api.page(.get, try #require(loaded.location), cookies: ["otklik_session": session])
            #expect(list.html.contains("Загружено населённых пунктов: "))
            #expect(try await api.store.directoryChanges().contains { $0.entity == .places && $0.entityId == "60657000" })
        }
    }

    @Test("a missing list is named beside its field, and nothing is loaded")
    func missingList() async throws {
        try await APIHarness.run(.sqlite) { api in
            let (session, csrf) = try await admin(api)
            let formations = try Data(contentsOf: SharedData.url("oktmo/tom3_oktmo_1.csv"))
            let refused = try await api.multipart(
                "/admin/municipalities/places", cookies: ["otklik_session": session], fields: [("_csrf", csrf)],
                files: [.init(field: "formations", fileName: "tom3_oktmo_1.csv", contentType: "text/csv", data: formations)]
            )
            #expect(refused.status == .unprocessableContent)
            #expect(refused.html.contains("Выберите файл: перечень населённых пунктов"))
            #expect(try await api.store.places().isEmpty)
        }
    }
}
