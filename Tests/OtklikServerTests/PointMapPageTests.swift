import Foundation
import OtklikCore
import Testing

@testable import OtklikServer

@Suite("The map of points: dots and density of a period's items, over a plain grid or configured tiles")
struct PointMapPageTests {
    @Test("each item with a point is a dot on the map, an item without one is not; a wrong period is a Russian error")
    func dots() async throws {
        try await APIHarness.run(.sqlite) { api in
            let token = try await api.token("operator")
            for (lat, lon) in [(47.21, 39.71), (47.23, 39.75), (47.26, 39.69)] {
                var letter = APITests.letter
                letter["point"] = ["lat": lat, "lon": lon]
                #expect(try await api.send(.post, "/api/v1/appeals", token: token, json: letter).status == .created)
            }
            #expect(try await api.send(.post, "/api/v1/appeals", token: token, json: APITests.letter).status == .created)
            let session = try await api.session("operator")
            let page = try await api.page(.get, "/map?block=roads", cookies: ["otklik_session": session])
            #expect(page.status == .ok)
            #expect(page.html.contains("Обращений с точкой на карте: 3"))
            let dots = try #require(page.html.range(of: "<g class=\"dots\">")).upperBound
            let end = try #require(page.html[dots...].range(of: "</g>")).lowerBound
            #expect(page.html[dots..<end].components(separatedBy: "<circle").count - 1 == 3)
            let none = try await api.page(.get, "/map?block=transport", cookies: ["otklik_session": session])
            #expect(none.html.contains("Обращений с точкой на карте: 0"))
            let wrong = try await api.page(.get, "/map?from=2026-12-01&to=2026-11-01", cookies: ["otklik_session": session])
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.html.contains("Начало периода позже его конца"))
        }
    }

    @Test("with a tile server configured its tiles lie under the points in the same projection")
    func tiles() throws {
        let map = PointMap(
            title: "Карта", points: [GeoPoint(lat: 47.2, lon: 39.7), GeoPoint(lat: 47.3, lon: 39.8)], places: [],
            tiles: "https://tiles.example/{z}/{x}/{y}.png"
        )
        let projection = MapProjection(fitting: map.points, width: map.width, maxHeight: 720)
        let layer = projection.tiles()
        #expect(!layer.tiles.isEmpty)
        // The tile holding a point is drawn where the point falls.
        let point = GeoPoint(lat: 47.2, lon: 39.7)
        let scale = Double(1 << layer.zoom)
        let (tx, ty) = (Int(MapProjection.x(point.lon) * scale), Int(MapProjection.y(point.lat) * scale))
        let tile = try #require(layer.tiles.first { $0.x == tx && $0.y == ty })
        let at = projection.point(point)
        #expect(at.x >= tile.left && at.x <= tile.left + tile.size && at.y >= tile.top && at.y <= tile.top + tile.size)
        #expect(map.svg.contains("<image href=\"https://tiles.example/\(layer.zoom)/\(tx)/\(ty).png\""))
        #expect(!PointMap(title: "Карта", points: map.points, places: [], tiles: nil).svg.contains("<image"))
    }

    @Test("a tile address without {z}, {x} and {y} stops the start with a Russian message")
    func wrongTiles() throws {
        #expect(throws: ConfigurationError.self) {
            try ServerConfiguration(environment: ["OTKLIK_MAP_TILES": "https://tiles.example/{z}.png"]).mapTileTemplate()
        }
        #expect(try ServerConfiguration(environment: [:]).mapTileTemplate() == nil)
        #expect(try ServerConfiguration(environment: ["OTKLIK_MAP_TILES": "/tiles/{z}/{x}/{y}.png"]).mapTileTemplate() == "/tiles/{z}/{x}/{y}.png")
    }
}
