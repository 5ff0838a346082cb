import Foundation
import OtklikCore
import OtklikServer
import Testing
import ZIPFoundation

@Suite("The upward report: one archive of tables with a manifest whose checksums match the files")
struct ReportPackageTests {
    let today = LocalDate(Timestamp.now(), in: TimeZone(identifier: "Europe/Moscow")!)

    func entries(_ data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var files: [String: Data] = [:]
        for entry in archive {
            var content = Data()
            _ = try archive.extract(entry) { content.append($0) }
            files[entry.path] = content
        }
        return files
    }

    @Test("the current quarter's package: four workbooks, each named in the manifest with its size and SHA-256; wrong periods are 422")
    func packageMatchesItsManifest() async throws {
        try await APIHarness.run(.sqlite) { api in
            let op = User(id: "u-op", login: "operator", name: "Оператор", role: .operator)
            let drafts = (0..<3).map { AppealDraft(kind: .appeal, channel: .letter, text: "Обращение \($0)", municipalityId: "60701000", topicId: "roads.repair") }
            _ = try await api.store.intake(drafts, by: op)
            let token = try await api.token("operator")
            let quarter = "\(today.year)-Q\((today.parts.month - 1) / 3 + 1)"
            let reply = try await api.send(.get, "/api/v1/reports/package?period=\(quarter)&municipality=60701000", token: token)
            #expect(reply.status == .ok)
            #expect(reply.contentType == "application/zip")
            #expect(reply.disposition?.contains(".zip") == true)
            let files = try entries(reply.data)
            let manifestData = try #require(files["manifest.json"])
            let manifest = try #require(try JSONSerialization.jsonObject(with: manifestData) as? [String: Any])
            #expect(manifest["format"] as? String == "otklik-report-package/1")
            #expect(manifest["period"] as? String == quarter)
            #expect(manifest["municipalityName"] as? String == "город Ростов-на-Дону")
            #expect(manifest["through"] as? String == today.iso)
            let listed = try #require(manifest["files"] as? [[String: Any]])
            #expect(listed.map { $0["name"] as? String } == [
                "01 Показатели с начала года.xlsx", "02 Рейтинг органов.xlsx", "03 Обращения по блокам и месяцам.xlsx", "04 Сроки и качество по блокам.xlsx",
            ])
            #expect(Set(files.keys) == Set(listed.compactMap { $0["name"] as? String } + ["manifest.json"]))
            for file in listed {
                let data = try #require(files[file["name"] as! String])
                #expect(file["bytes"] as? Int == data.count)
                #expect(file["sha256"] as? String == SHA256Hex.of([UInt8](data)))
                #expect(try entries(data)["xl/worksheets/sheet1.xml"] != nil)
            }
            for (query, field) in [("period=2026-Q7", "period"), ("period=2999", "period"), ("municipality=0", "municipality")] {
                let refused = try await api.send(.get, "/api/v1/reports/package?\(query)", token: token)
                #expect(refused.status == .unprocessableContent, "\(query)")
                #expect(refused.errorFields == [field], "\(query)")
            }
            let session = try await api.session("operator")
            let page = try await api.page(.get, "/reports/package", cookies: ["otklik_session": session])
            #expect(page.status == .ok)
            #expect(page.html.contains("<option value=\"\(quarter)\""))
        }
    }
}
