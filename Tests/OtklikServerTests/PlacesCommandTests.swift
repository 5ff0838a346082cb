import Foundation
import OtklikCore
import OtklikTestSupport
import Testing

@testable import OtklikStore

@Suite("otklik places import: the directory's populated places from the ОКТМО lists")
struct PlacesCommandTests {
    func run(_ arguments: [String]) async throws -> (status: Int32?, output: String) {
        try await ServerProcess.command(["places", "import"] + arguments)
    }

    @Test("the lists in ../shared give the Цимлянский district its town and stanitsas, and say how many were loaded")
    func importsFromShared() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("otklik-places-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: file) }
        let database = "sqlite:" + file.path
        let store = try await ServerProcess.prepare(database)
        try await store.save(municipalities: [
            Municipality(oktmo: "60657000", name: "Цимлянский муниципальный район"), Municipality(oktmo: "60701000", name: "город Ростов-на-Дону"),
        ])
        try await store.close()

        let reply = try await run([
            "--formations", SharedData.url("oktmo/tom3_oktmo_1.csv").path, "--settlements", SharedData.url("oktmo/tom3_oktmo_2.csv").path,
            "--database", database,
        ])
        #expect(reply.status == 0, "\(reply.output)")
        #expect(reply.output.contains("в 2 из 2 муниципальных образований"))
        let loaded = try await AppealStore.open(try DatabaseURL(database))
        let places = try await loaded.places()
        #expect(places["60657000"]?.contains("ст-ца Калининская") == true)
        #expect(try await loaded.municipalityFinder().find("ст-ца Калининская, ул. Мира, 3")?.municipalityId == "60657000")
        try await loaded.close()
    }

    @Test("a file that cannot be read is named in a Russian error, and nothing is loaded")
    func unreadableFile() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("otklik-places-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: file) }
        let database = "sqlite:" + file.path
        let store = try await ServerProcess.prepare(database)
        try await store.save(municipalities: [Municipality(oktmo: "60657000", name: "Цимлянский муниципальный район")])
        try await store.close()
        let reply = try await run(["--formations", "/nonexistent/tom3_oktmo_1.csv", "--settlements", "/nonexistent/tom3_oktmo_2.csv", "--database", database])
        #expect(reply.status != 0)
        #expect(reply.output.contains("Не удалось прочитать файл «/nonexistent/tom3_oktmo_1.csv»"))
        let loaded = try await AppealStore.open(try DatabaseURL(database))
        #expect(try await loaded.places().isEmpty)
        try await loaded.close()
    }
}
