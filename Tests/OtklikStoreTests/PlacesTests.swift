import Foundation
import OtklikCore
import OtklikTestSupport
import Testing

@testable import OtklikStore

@Suite("A municipality's populated places: stored, logged, and finding it in an address")
struct PlacesTests {
    @Test("saved places replace the municipality's own, are logged, and the finder knows them", arguments: TestDatabases.kinds)
    func savedAndFound(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let municipality = try #require(try await store.references().municipalities.first)
        #expect(try await store.municipalityFinder().find("ст-ца Калининская, ул. Мира") == nil)
        try await store.save(places: [municipality.oktmo: ["х Старый", "ст-ца Калининская"]], by: "u-admin")
        try await store.save(places: [municipality.oktmo: ["ст-ца Калининская", "г Цимлянск", " г Цимлянск "]], by: "u-admin")
        #expect(try await store.places() == [municipality.oktmo: ["г Цимлянск", "ст-ца Калининская"]])
        let found = try await store.municipalityFinder().find("ст-ца Калининская, ул. Мира")
        #expect(found?.municipalityId == municipality.oktmo)
        #expect(try await store.municipalityFinder().find("хутор Старый") == nil)
        // The same list again changes nothing and logs nothing.
        let logged = try await store.directoryChanges().filter { $0.entity == .places }
        try await store.save(places: [municipality.oktmo: ["г Цимлянск", "ст-ца Калининская"]], by: "u-admin")
        #expect(try await store.directoryChanges().filter { $0.entity == .places }.count == logged.count)
        #expect(logged.count == 2)
        let replaced = try #require(logged.first { $0.before != nil })
        #expect(replaced.entityId == municipality.oktmo)
        #expect(replaced.changes == [#"names: ["ст-ца Калининская","х Старый"] → ["г Цимлянск","ст-ца Калининская"]"#])
        try await store.close()
    }

    @Test("ОКТМО lists that cover none of the directory's municipalities are refused by name, and nothing is written")
    func listsOfAnotherRegionRefused() async throws {
        let store = try await TestDatabases.store(.sqlite)
        let formations = "79 605 000    ;2;Гиагинский муниципальный район;ст-ца Гиагинская"
        let settlements = "79 605 402 101;8;п Новый"
        await #expect(throws: StoreError.self) { try await store.importPlaces(formations: formations, settlements: settlements) }
        #expect(try await store.places().isEmpty)
        #expect(try await store.directoryChanges().filter { $0.entity == .places }.isEmpty)
        try await store.close()
    }

    @Test("places of a municipality the directory does not hold are refused, and nothing is written", arguments: TestDatabases.kinds)
    func unknownMunicipalityRefused(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let municipality = try #require(try await store.references().municipalities.first)
        await #expect(throws: StoreError.self) {
            try await store.save(places: [municipality.oktmo: ["г Цимлянск"], "99999000": ["с Нигде"]])
        }
        #expect(try await store.places().isEmpty)
        try await store.close()
    }

    @Test("a new municipality and its places are saved in one write: both logged, or neither when a place list is refused",
          arguments: TestDatabases.kinds)
    func municipalityWithPlaces(kind: DatabaseKind) async throws {
        let store = try await TestDatabases.store(kind)
        let volgodonsk = Municipality(oktmo: "60712000", name: "город Волгодонск")
        await #expect(throws: StoreError.self) {
            try await store.save(municipalities: [volgodonsk], places: [volgodonsk.oktmo: ["х Лагутники"], "99999000": ["с Нигде"]])
        }
        #expect(try await store.references().municipalities.contains { $0.oktmo == volgodonsk.oktmo } == false)
        try await store.save(municipalities: [volgodonsk], places: [volgodonsk.oktmo: ["х Лагутники", " х Лагутники "]])
        #expect(try await store.places() == [volgodonsk.oktmo: ["х Лагутники"]])
        #expect(try await store.references().municipalities.contains { $0.name == "город Волгодонск" })
        let logged = try await store.directoryChanges(limit: 10).filter { $0.entityId == volgodonsk.oktmo }.map(\.entity)
        #expect(Set(logged) == [.municipality, .places])
        try await store.close()
    }
}
