import Foundation
import OtklikTestSupport
import Testing

@testable import OtklikCore

@Suite("The municipality from an address or a text")
struct MunicipalityFinderTests {
    /// The ОКТМО volume 3 excerpt in ../shared/data/oktmo: municipal formations and populated places.
    static func oktmo(_ file: String) -> String {
        (try? String(contentsOf: SharedData.url("oktmo/\(file)"), encoding: .utf8)) ?? ""
    }

    /// Rostov oblast's municipal districts and city okrugs (60 XXX 000), as a directory would hold them.
    static let rostovMunicipalities: [(code: String, name: String)] = oktmo("tom3_oktmo_1.csv").split(whereSeparator: \.isNewline).compactMap { line in
        let row = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        guard row.count >= 3 else { return nil }
        let code = row[0].filter(\.isNumber)
        guard code.count == 8, code.hasPrefix("60"), code.hasSuffix("000"), code != "60000000", !row[2].hasSuffix("/") else { return nil }
        return (code, row[2])
    }

    /// Their names, then their centres and settlements as `OKTMOPlaces` reads them.
    static let rostov: [PlaceName] = {
        let places = OKTMOPlaces.places(
            formations: oktmo("tom3_oktmo_1.csv"), settlements: oktmo("tom3_oktmo_2.csv"), municipalities: Set(rostovMunicipalities.map(\.code))
        )
        return rostovMunicipalities.map { PlaceName(municipalityId: $0.code, name: $0.name) }
            + rostovMunicipalities.flatMap { m in (places[m.code] ?? []).map { PlaceName(municipalityId: m.code, name: $0) } }
    }()

    let finder = MunicipalityFinder(places: rostov)

    @Test("a town is found in any case and writing: «в Цимлянске», «г. Цимлянск», «Цимлянского района»")
    func townInAnyForm() {
        #expect(Self.rostov.count > 1_000, "the ОКТМО excerpt was read")
        for text in ["Прошу помочь, в Цимлянске нет воды", "г. Цимлянск, ул. Ленина, 5", "жители Цимлянского района жалуются на дороги"] {
            #expect(finder.find(text)?.municipalityId == "60657000", "\(text)")
        }
        #expect(finder.find("г. Цимлянск, ул. Ленина, 5")?.words == ["цимлянск"])
    }

    @Test("a settlement names the district it lies in; a multi-word city beats a one-word one")
    func settlementsAndLongestName() {
        #expect(finder.find("ст-ца Калининская, разбита дорога")?.municipalityId == "60657000")
        let rostovCity = finder.find("В Ростове-на-Дону на улице Садовой яма")
        #expect(rostovCity?.municipalityId == "60701000")
        #expect(rostovCity?.words == ["ростове", "на", "дону"])
    }

    @Test("a street named like a place is not the place: «ул. Садовая», «пр-т Мира» find nothing, «х Садовый» does")
    func streetsAreNoPlaces() {
        let finder = MunicipalityFinder(places: [
            PlaceName(municipalityId: "60632000", name: "х Садовый"), PlaceName(municipalityId: "60650000", name: "п Мирный"),
            PlaceName(municipalityId: "60650000", name: "с Мира"),
        ])
        #expect(finder.find("ул. Садовая, 5, не убран мусор") == nil)
        #expect(finder.find("улица Садовая, 5") == nil)
        #expect(finder.find("пр-т Мира, 12") == nil)
        #expect(finder.find("х. Садовый, ул. Школьная, 3")?.municipalityId == "60632000")
        #expect(finder.find("с. Мира, пер. Садовый")?.municipalityId == "60650000")
    }

    @Test("a text without a known place finds nothing; the oblast's own adjective is not a town")
    func nothingWithoutAPlace() {
        #expect(finder.find("Во дворе не горят фонари") == nil)
        #expect(finder.find("Министерство Ростовской области не отвечает") == nil)
    }
}

