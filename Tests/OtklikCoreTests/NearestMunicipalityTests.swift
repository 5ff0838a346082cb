import Testing

@testable import OtklikCore

@Suite("The municipality of a point: the nearest centre within 30 km")
struct NearestMunicipalityTests {
    let municipalities = [
        Municipality(oktmo: "60701000", name: "город Ростов-на-Дону", centre: GeoPoint(lat: 47.2225, lon: 39.7187)),
        Municipality(oktmo: "60657000", name: "Цимлянский район", centre: GeoPoint(lat: 47.6477, lon: 42.0942)),
        Municipality(oktmo: "60000000", name: "Без центра"),
    ]

    @Test("a point in Tsimlyansk's outskirts is Цимлянский район, about 2.6 km from its centre")
    func nearest() throws {
        let found = try #require(NearestMunicipality.find(GeoPoint(lat: 47.6300, lon: 42.1200), in: municipalities))
        #expect(found.municipality.oktmo == "60657000")
        #expect((2_500...2_800).contains(found.metres))
    }

    @Test("a point further than 30 km from every centre has no municipality; one without a centre is never chosen")
    func tooFar() {
        #expect(NearestMunicipality.find(GeoPoint(lat: 50.0, lon: 45.0), in: municipalities) == nil)
        #expect(NearestMunicipality.find(GeoPoint(lat: 47.2, lon: 39.7), in: [municipalities[2]]) == nil)
    }
}
