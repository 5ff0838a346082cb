import Foundation
import OtklikTestSupport
import Testing

@testable import OtklikCore

@Suite("Populated places of the directory's municipalities from the ОКТМО lists")
struct OKTMOPlacesTests {
    static let places = OKTMOPlaces.places(
        formations: MunicipalityFinderTests.oktmo("tom3_oktmo_1.csv"), settlements: MunicipalityFinderTests.oktmo("tom3_oktmo_2.csv"),
        municipalities: Set(MunicipalityFinderTests.rostovMunicipalities.map(\.code))
    )

    @Test("a district gets its centre and the places in its settlements")
    func centreAndSettlements() throws {
        let tsimlyansky = try #require(Self.places["60657000"])
        #expect(tsimlyansky.contains("г Цимлянск"))
        #expect(tsimlyansky.contains("ст-ца Калининская"))
        #expect(tsimlyansky == tsimlyansky.sorted())
        #expect(Self.places.values.reduce(0) { $0 + $1.count } > 1_500)
    }

    @Test("a name in two districts names neither: «с Александровка» is in the Азовский and Матвеево-Курганский")
    func ambiguousNamesLeftOut() {
        #expect(!Self.places.values.contains { $0.contains("с Александровка") })
        #expect(!Self.places.values.contains { $0.contains("х Донской") })
    }

    @Test("only the directory's municipalities get places; list headings are no places")
    func onlyTheDirectory() {
        let formations = """
            60 657 000    ;2;Цимлянский муниципальный район;г Цимлянск
            60 657 101    ;5;- Цимлянское;г Цимлянск
            """
        let settlements = """
            60 657 101 000;6;Населенные пункты, входящие в состав городского поселения Цимлянское
            60 657 101 001;3;г Цимлянск
            60 657 404 106;4;ст-ца Калининская
            60 601 405 101;1;с Александровка
            """
        #expect(OKTMOPlaces.places(formations: formations, settlements: settlements, municipalities: ["60657000"]) == [
            "60657000": ["г Цимлянск", "ст-ца Калининская"],
        ])
        // A settlement the directory holds takes its own places before its district does.
        #expect(OKTMOPlaces.places(formations: formations, settlements: settlements, municipalities: ["60657000", "60657101"]) == [
            "60657000": ["ст-ца Калининская"], "60657101": ["г Цимлянск"],
        ])
    }
}
